using System.Text;
using CvBuild.Layout.Pdf;
using CvBuild.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using Xunit.Abstractions;

namespace CvBuild.Layout.Tests.Pdf;

public class PdfOutlineTests(ITestOutputHelper output)
{
    private static readonly OutlineEntry[] Entries =
    [
        new("Éducation", 0, 100, 0),
        new("Université de Genève", 0, 200.5f, 1),
        new("Ph.D. — Zürich", 0, 300, 1),
        new("Expérience", 1, 50, 0),
        new("Ελληνικά 日本語 Русский", 1, 300, 1),
        new("Deep 😀", 1, 400, 2),
        new("Publications", 2, 0, 0),
    ];

    [Fact]
    public void Append_AddsNestedBookmarks_ReadableByPdfPig()
    {
        byte[] original = SamplePdf.WithLinks(3);
        byte[] pdf = PdfOutline.Append(original, Entries);
        output.WriteLine($"original {original.Length} bytes, with outline {pdf.Length} bytes");

        // Incremental update: the original bytes are an unchanged prefix.
        Assert.Equal(original, pdf[..original.Length]);

        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.TryGetBookmarks(out Bookmarks? bookmarks));
        var roots = bookmarks!.Roots;
        Assert.Equal(["Éducation", "Expérience", "Publications"], roots.Select(r => r.Title));
        Assert.Equal(["Université de Genève", "Ph.D. — Zürich"], roots[0].Children.Select(c => c.Title));
        Assert.Equal("Ελληνικά 日本語 Русский", roots[1].Children.Single().Title);
        Assert.Equal("Deep 😀", roots[1].Children.Single().Children.Single().Title);

        var all = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToDictionary(n => n.Title);
        Assert.Equal(7, all.Count);
        foreach (var e in Entries)
        {
            var node = all[e.Title];
            Assert.Equal(e.PageIndex + 1, node.PageNumber);
            Assert.Equal(e.Level, node.Level);
            Assert.Equal(ExplicitDestinationType.XyzCoordinates, node.Destination.Type);
            Assert.Equal(842 - e.Y, node.Destination.Coordinates.Top!.Value, 3);
            Assert.Equal(0, node.Destination.Coordinates.Left!.Value);
        }
    }

    [Fact]
    public void Append_KeepsLinksCatalogAndInfo()
    {
        byte[] original = SamplePdf.WithLinks(3);
        byte[] pdf = PdfOutline.Append(original, Entries);
        using var before = PdfDocument.Open(original);
        using var after = PdfDocument.Open(pdf);
        Assert.Equal(before.NumberOfPages, after.NumberOfPages);
        Assert.Equal("Sample CV", after.Information.Title);
        for (int p = 1; p <= 3; p++)
        {
            var a = before.GetPage(p).GetAnnotations().ToList();
            var b = after.GetPage(p).GetAnnotations().ToList();
            Assert.Equal(2, b.Count);
            Assert.Equal(a.Select(x => (x.Type, x.Rectangle.ToString())), b.Select(x => (x.Type, x.Rectangle.ToString())));
            Assert.Contains(b, x => x.Action is UriAction u && u.Uri == $"https://example.com/page{p - 1}");
        }

        string tail = Encoding.Latin1.GetString(pdf, original.Length, pdf.Length - original.Length);
        output.WriteLine(tail);
        Assert.Contains("/PageMode /UseOutlines", tail);
        Assert.Contains("/Dests ", tail); // Skia's named destinations table survives in the new catalog
        Assert.Contains("/ViewerPreferences", tail);
        Assert.Contains("/Prev ", tail);
        Assert.Contains("/Info 1 0 R", tail);
    }

    [ToolFact("qpdf", "pdftotext")]
    public void Append_PassesQpdfCheck_AndPdftotextStillReads()
    {
        byte[] pdf = PdfOutline.Append(SamplePdf.WithLinks(3), Entries);
        string path = PdfTestKit.TempFile(pdf);
        try
        {
            var check = PdfTestKit.RunTool("qpdf", "--check", path);
            output.WriteLine(check.StdOut + check.StdErr);
            Assert.Equal(0, check.ExitCode);
            Assert.DoesNotContain("WARNING", check.StdOut + check.StdErr);
            var json = PdfTestKit.RunTool("qpdf", "--json", "--json-key=outlines", path);
            Assert.Equal(0, json.ExitCode);
            Assert.Contains("\"title\": \"Deep 😀\"", json.StdOut);
            Assert.Contains("Page 3", PdfTestKit.RunTool("pdftotext", path, "-").StdOut);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Append_IsDeterministic_AndCanBeAppliedTwice()
    {
        byte[] original = SamplePdf.WithLinks(2);
        OutlineEntry[] entries = [new("A", 0, 10, 0), new("B", 1, 20, 0)];
        byte[] once = PdfOutline.Append(original, entries);
        Assert.Equal(once, PdfOutline.Append(original, entries));

        // A second update follows the /Prev chain and replaces the outline.
        byte[] twice = PdfOutline.Append(once, [new("Only", 1, 0, 0)]);
        using var doc = PdfDocument.Open(twice);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Equal("Only", Assert.Single(bookmarks!.Roots).Title);
    }

    [Fact]
    public void Append_SkippedLevel_NestsUnderPrevious()
    {
        byte[] pdf = PdfOutline.Append(SamplePdf.WithLinks(1), [new("Top", 0, 0, 0), new("Skipped", 0, 10, 3), new("Next", 0, 20, 0)]);
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Top", "Next"], bookmarks!.Roots.Select(r => r.Title));
        Assert.Equal("Skipped", Assert.Single(bookmarks.Roots[0].Children).Title);
    }

    [Fact]
    public void Append_RejectsBadInput()
    {
        byte[] pdf = SamplePdf.WithLinks(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfOutline.Append(pdf, [new("x", 1, 0, 0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfOutline.Append(pdf, [new("x", 0, 0, -1)]));
        Assert.ThrowsAny<FormatException>(() => PdfOutline.Append("not a pdf"u8.ToArray(), [new("x", 0, 0, 0)]));
        Assert.ThrowsAny<FormatException>(() => PdfOutline.Append([.. pdf[..^40], .. "startxref\n999999999\n%%EOF\n"u8], [new("x", 0, 0, 0)]));
        Assert.Equal(pdf, PdfOutline.Append(pdf, []));
    }

    [ToolFact("qpdf")]
    public void Append_RejectsCrossReferenceStreams_Clearly()
    {
        // Skia never writes xref streams, but a file that went through another tool might.
        string input = PdfTestKit.TempFile(SamplePdf.WithLinks(1)), converted = input + ".xrefstream.pdf";
        try
        {
            Assert.Equal(0, PdfTestKit.RunTool("qpdf", "--object-streams=generate", input, converted).ExitCode);
            var ex = Assert.Throws<NotSupportedException>(() => PdfOutline.Append(File.ReadAllBytes(converted), [new("x", 0, 0, 0)]));
            Assert.Contains("cross-reference stream", ex.Message);
        }
        finally { File.Delete(input); File.Delete(converted); }
    }

    [Fact]
    public void Utf16Hex_HasBomAndBigEndianUnits()
    {
        Assert.Equal("<FEFF00C9>", PdfOutline.Utf16HexString("É"));
        Assert.Equal("<FEFFD83DDE00>", PdfOutline.Utf16HexString("😀"));
    }
}

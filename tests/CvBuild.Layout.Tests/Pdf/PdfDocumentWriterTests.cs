using System.Text;
using CvBuild.Layout.Pdf;
using CvBuild.Layout.Tests.Support;
using CvBuild.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using Xunit.Abstractions;

namespace CvBuild.Layout.Tests.Pdf;

/// <summary>The PDF writer on its own: structure, outline, links, metadata, text layer, and validity by qpdf.</summary>
public class PdfDocumentWriterTests(ITestOutputHelper output)
{
    private static readonly BookmarkPosition[] Outline =
    [
        new("Éducation", 0, 100, 0),
        new("Université de Genève", 0, 200.5f, 1),
        new("Ph.D. — Zürich", 0, 300, 1),
        new("Expérience", 1, 50, 0),
        new("Ελληνικά 日本語 Русский", 1, 300, 1),
        new("Deep 😀", 1, 400, 2),
        new("Publications", 2, 0, 0),
    ];

    private static readonly DocumentMetadata Metadata = new()
    {
        Title = "Sample CV (draft)",
        Author = "Zoë Ångström",
        Created = new DateTimeOffset(2024, 5, 6, 23, 30, 0, TimeSpan.FromHours(-5)),
        Language = "de-CH",
    };

    /// <summary>Three pages, each with a line of text, a rule and a link.</summary>
    private static byte[] Sample(IReadOnlyList<BookmarkPosition> outline, DocumentMetadata? metadata = null)
    {
        using var face = FontFace.Load(PdfTestKit.FontPath);
        var writer = new PdfDocumentWriter(metadata ?? Metadata);
        var run = new GlyphRun();
        for (var p = 0; p < 3; p++)
        {
            var page = writer.BeginPage(595, 842);
            var text = $"Page {p + 1}";
            run.Reset(text);
            var x = 0f;
            for (var i = 0; i < text.Length; i++)
            {
                face.Shaper.TryGetGlyph(text[i], out var glyph);
                run.Add((ushort)glyph, x, 0, i, 1);
                x += face.Shaper.GetHorizontalGlyphAdvance(glyph) * 14f / face.UnitsPerEm;
            }
            page.ShowGlyphs(face, 14, Color.Black, 50, 40, run);
            page.FillRectangle(50, 45, 300, 46, new Color(200, 0, 0, 128));
            page.AddLink(50, 50, 150, 70, $"https://example.com/päge{p}");
            writer.EndPage();
        }
        return writer.Finish(outline);
    }

    [Fact]
    public void Outline_is_nested_by_level_and_points_at_its_places()
    {
        using var doc = PdfDocument.Open(Sample(Outline));
        Assert.True(doc.TryGetBookmarks(out Bookmarks? bookmarks));
        var roots = bookmarks!.Roots;
        Assert.Equal(["Éducation", "Expérience", "Publications"], roots.Select(r => r.Title));
        Assert.Equal(["Université de Genève", "Ph.D. — Zürich"], roots[0].Children.Select(c => c.Title));
        Assert.Equal("Ελληνικά 日本語 Русский", roots[1].Children.Single().Title);
        Assert.Equal("Deep 😀", roots[1].Children.Single().Children.Single().Title);
        var all = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToDictionary(n => n.Title);
        foreach (var e in Outline)
        {
            var node = all[e.Title];
            Assert.Equal(e.PageIndex + 1, node.PageNumber);
            Assert.Equal(ExplicitDestinationType.XyzCoordinates, node.Destination.Type);
            Assert.Equal(842 - e.Y, node.Destination.Coordinates.Top!.Value, 3);
        }
    }

    [Fact]
    public void A_skipped_level_nests_under_the_previous_entry()
    {
        using var doc = PdfDocument.Open(Sample([new("Top", 0, 0, 0), new("Skipped", 0, 10, 3), new("Next", 0, 20, 0)]));
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Top", "Next"], bookmarks!.Roots.Select(r => r.Title));
        Assert.Equal("Skipped", Assert.Single(bookmarks.Roots[0].Children).Title);
    }

    [Fact]
    public void A_bookmark_past_the_last_page_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Sample([new("Far", 3, 0, 0)]));
        Assert.Contains("page 4", ex.Message);
    }

    [Fact]
    public void Links_metadata_language_and_text_come_through()
    {
        var pdf = Sample([]);
        using var doc = PdfDocument.Open(pdf);
        Assert.Equal(3, doc.NumberOfPages);
        Assert.Equal("Sample CV (draft)", doc.Information.Title);
        Assert.Equal("Zoë Ångström", doc.Information.Author);
        // 23:30 at UTC-5 is 04:30 the next day in UTC; the file says so without any local offset.
        Assert.Equal("D:20240507043000+00'00'", doc.Information.CreationDate);
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Lang(de-CH)", raw);
        Assert.DoesNotContain("/Outlines", raw);
        for (var p = 1; p <= 3; p++)
        {
            var page = doc.GetPage(p);
            Assert.Equal($"Page {p}", string.Join(" ", page.GetWords().Select(w => w.Text)));
            var link = Assert.Single(page.GetAnnotations());
            // A URI action holds ASCII: the non-ASCII letter is percent-encoded as UTF-8 (RFC 3986).
            Assert.Equal($"https://example.com/p%C3%A4ge{p - 1}", Assert.IsType<UriAction>(link.Action).Uri);
            Assert.Equal(50, link.Rectangle.Left, 3);
            Assert.Equal(842 - 70, link.Rectangle.Bottom, 3);
        }
    }

    [Fact]
    public void Same_drawing_gives_the_same_bytes()
    {
        Assert.Equal(Sample(Outline), Sample(Outline));
    }

    [Fact]
    public void The_file_identifier_is_a_digest_of_the_content_that_tells_documents_apart()
    {
        static string Id(byte[] pdf)
        {
            var match = System.Text.RegularExpressions.Regex.Match(Encoding.Latin1.GetString(pdf), @"/ID\[<([0-9A-F]{32})><([0-9A-F]{32})>\]");
            Assert.True(match.Success, "no /ID of two 16-byte strings in the trailer");
            Assert.Equal(match.Groups[1].Value, match.Groups[2].Value);
            return match.Groups[1].Value;
        }
        var one = Id(Sample(Outline));
        Assert.Equal(one, Id(Sample(Outline)));
        Assert.NotEqual(one, Id(Sample(Outline[..2])));
        Assert.NotEqual(one, Id(Sample(Outline, Metadata with { Title = "Sample CV (final)" })));
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_no_error_or_warning()
    {
        var path = PdfTestKit.TempFile(Sample(Outline));
        try
        {
            var check = PdfTestKit.RunTool("qpdf", "--check", path);
            output.WriteLine(check.StdOut + check.StdErr);
            Assert.Equal(0, check.ExitCode);
            Assert.DoesNotContain("WARNING", check.StdOut + check.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [ToolFact("qpdf")]
    public void A_laid_out_document_with_ligatures_rules_and_justified_text_passes_qpdf_check()
    {
        var pdf = Pdfs.Doc(new Column(
            new RichText("Ligatures: office affluent — “quotes” and 123", TestFonts.Sans),
            new HorizontalRule(),
            new RichText("Justified text that is long enough to wrap over more than one line so that the spaces stretch.", TestFonts.Sans)
            {
                Alignment = TextAlignment.Justify,
            })).Render();
        var path = PdfTestKit.TempFile(pdf);
        try
        {
            var check = PdfTestKit.RunTool("qpdf", "--check", path);
            Assert.Equal(0, check.ExitCode);
            Assert.DoesNotContain("WARNING", check.StdOut + check.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_font_that_cannot_be_embedded_fails_the_document_with_the_first_such_font_in_order()
    {
        string Bundled(string file) => Path.Combine(FontLibrary.DefaultDirectory, file);
        using var serif = FontFace.Load(Bundled("NotoSerif-Regular.ttf"));
        using var sans = FontFace.Load(Bundled("NotoSans-Regular.ttf"));
        using var dejaVu = FontFace.Load(PdfTestKit.FontPath);
        var writer = new PdfDocumentWriter(Metadata);
        // The first font embeds; the second and third ask for a glyph their fonts do not have, so subsetting fails.
        writer.Font(serif).Width(1);
        writer.Font(sans).Width(65001);
        writer.Font(dejaVu).Width(65002);
        // The fonts are prepared on two threads; the failure reported is still the second font's, as one by one.
        var e = Assert.Throws<ArgumentException>(() => writer.Finish([]));
        Assert.Contains("Glyph id 65001 ", e.Message);
    }
}

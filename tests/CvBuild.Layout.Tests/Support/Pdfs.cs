using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CvBuild.Layout.Tests.Support;

internal static class Pdfs
{
    public static Document Doc(Element content, Func<int, int, Element>? footer = null) => new()
    {
        Fonts = TestFonts.Library,
        Content = content,
        Footer = footer,
        Metadata = new DocumentMetadata
        {
            Title = "Test",
            Author = "Tester",
            Created = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Modified = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        },
    };

    /// <summary>Text of each page, words joined by single spaces (PdfPig's word extraction).</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseActualText = true });
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    public static string AllText(byte[] pdf) => string.Join("\n", PageTexts(pdf));

    /// <summary>Writes the PDF under /tmp for manual inspection with pdftotext/pdffonts/pdftoppm.</summary>
    public static void Save(byte[] pdf, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "cvbuild-layout-tests");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, name + ".pdf"), pdf);
    }
}

using CvBuild.Layout.Pdf;
using CvBuild.Layout.Tests.Support;
using CvBuild.TestSupport;
using HarfBuzzSharp;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace CvBuild.Layout.Tests.Pdf;

public class FontSubsetterTests(ITestOutputHelper output)
{
    private static readonly string[] Lines =
    [
        "Jane Doe — Curriculum Vitae",
        "Éducation: Université de Genève, naïve café",
        "Skills: C#, .NET, PDF (fi fl ffi)",
    ];

    [Fact]
    public void Subset_IsMuchSmaller_AndKeepsGlyphsAndCmap()
    {
        byte[] full = PdfTestKit.FontBytes;
        using var fullFont = Open(full);
        var glyphs = Lines.SelectMany(l => Shape(fullFont, l)).Distinct().ToArray();

        byte[] subset = FontSubsetter.Subset(full, glyphs);
        output.WriteLine($"DejaVuSans.ttf: {full.Length} bytes -> subset of {glyphs.Length} glyphs: {subset.Length} bytes");

        Assert.True(subset.Length < full.Length / 10, $"subset {subset.Length} not < 10% of {full.Length}");
        using var subFont = Open(subset);
        // Retained gids: the glyph array keeps its length up to the highest kept id.
        Assert.True(subFont.Face.GlyphCount > glyphs.Max());

        // Kept glyphs still have outlines (same advance and extents as in the full font) ...
        foreach (ushort g in glyphs)
        {
            Assert.Equal(fullFont.Font.GetHorizontalGlyphAdvance(g), subFont.Font.GetHorizontalGlyphAdvance(g));
            fullFont.Font.TryGetGlyphExtents(g, out var a);
            subFont.Font.TryGetGlyphExtents(g, out var b);
            Assert.Equal((a.XBearing, a.YBearing, a.Width, a.Height), (b.XBearing, b.YBearing, b.Width, b.Height));
        }

        // ... and the cmap still maps their characters to the same ids.
        foreach (char c in "JaneÉéï—C#")
            Assert.Equal(Glyph(fullFont, c), Glyph(subFont, c));
        // A character we did not keep is gone from the cmap.
        Assert.Equal(0u, Glyph(subFont, 'Z'));
    }

    [ToolFact("pdftotext")]
    public void Pdf_EmbedsSmallSubsets_AndTextStillExtracts()
    {
        var pdf = Pdfs.Doc(new Column(Lines.Select(l => (Element)new RichText(l, TestFonts.Sans)))).Render();
        output.WriteLine($"PDF: {pdf.Length} bytes");
        // The bundled sans faces are 300 kB and more; three short lines need a few kilobytes of glyphs.
        Assert.True(pdf.Length < 40_000, $"{pdf.Length} bytes");

        using (var doc = PdfDocument.Open(pdf))
        {
            string text = string.Concat(doc.GetPage(1).Letters.Select(l => l.Value));
            output.WriteLine("PdfPig: " + text);
            foreach (var line in Lines)
                Assert.Contains(Squash(line), Squash(text));
            Assert.All(doc.GetPage(1).Letters, l => Assert.Matches("^[A-Z]{6}\\+", l.FontName));
        }

        string path = PdfTestKit.TempFile(pdf);
        try
        {
            var res = PdfTestKit.RunTool("pdftotext", "-enc", "UTF-8", path, "-");
            output.WriteLine("pdftotext: " + res.StdOut);
            Assert.Equal(0, res.ExitCode);
            foreach (var line in Lines)
                Assert.Contains(Squash(line), Squash(res.StdOut));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void EmptyRequest_KeepsNotdefOnly_AndLoads()
    {
        byte[] subset = FontSubsetter.Subset(PdfTestKit.FontBytes, []);
        using var font = Open(subset);
        Assert.True(font.Face.GlyphCount >= 1);
    }

    [Fact]
    public void Subset_IsDeterministic()
    {
        ushort[] glyphs = [36, 37, 38, 1000];
        Assert.Equal(FontSubsetter.Subset(PdfTestKit.FontBytes, glyphs), FontSubsetter.Subset(PdfTestKit.FontBytes, glyphs));
    }

    [Fact]
    public void InvalidInput_ThrowsClearly()
    {
        Assert.Throws<ArgumentException>(() => FontSubsetter.Subset([], [1]));
        Assert.Throws<ArgumentException>(() => FontSubsetter.Subset("not a font at all"u8.ToArray(), [1]));
        var ex = Assert.Throws<ArgumentException>(() => FontSubsetter.Subset(PdfTestKit.FontBytes, [ushort.MaxValue]));
        Assert.Contains("outside the font", ex.Message);
    }

    // Ligatures (fi, ffi) extract either as the ligature code point or as letters depending on
    // the tool, and whitespace placement varies: compare letters only, with ligatures expanded.
    private static string Squash(string s) =>
        new(s.Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB03", "ffi")
             .Where(c => !char.IsWhiteSpace(c)).ToArray());

    private sealed class OpenFont(Blob blob, Face face, HarfBuzzSharp.Font font) : IDisposable
    {
        public Face Face { get; } = face;
        public HarfBuzzSharp.Font Font { get; } = font;

        public void Dispose()
        {
            Font.Dispose();
            Face.Dispose();
            blob.Dispose();
        }
    }

    private static OpenFont Open(byte[] data)
    {
        // From a file: HarfBuzzSharp's Blob.FromStream was seen to misread fonts (see FontFace).
        var path = PdfTestKit.TempFile(data, ".ttf");
        var blob = Blob.FromFile(path);
        File.Delete(path);
        var face = new Face(blob, 0);
        var font = new HarfBuzzSharp.Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        return new OpenFont(blob, face, font);
    }

    private static IEnumerable<ushort> Shape(OpenFont font, string text)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Font.Shape(buffer);
        return buffer.GlyphInfos.Select(g => checked((ushort)g.Codepoint)).ToArray();
    }

    private static uint Glyph(OpenFont font, char c) => font.Font.TryGetGlyph(c, out var glyph) ? glyph : 0;
}

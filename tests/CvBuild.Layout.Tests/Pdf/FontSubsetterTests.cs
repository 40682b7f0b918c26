using CvBuild.Layout.Pdf;
using CvBuild.TestSupport;
using SkiaSharp;
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
        using var fullFace = SKTypeface.FromData(SKData.CreateCopy(full));
        var glyphs = Lines.SelectMany(l => PdfTestKit.Shape(fullFace, l, 12, 0, 0).Glyphs).Distinct().ToArray();

        byte[] subset = FontSubsetter.Subset(full, glyphs);
        output.WriteLine($"DejaVuSans.ttf: {full.Length} bytes -> subset of {glyphs.Length} glyphs: {subset.Length} bytes");

        Assert.True(subset.Length < full.Length / 10, $"subset {subset.Length} not < 10% of {full.Length}");
        using var subFace = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.NotNull(subFace);
        // Retained gids: the glyph array keeps its length up to the highest kept id.
        Assert.True(subFace.GlyphCount > glyphs.Max());

        // Kept glyphs still have outlines (same advance and path as in the full font) ...
        // Unhinted metrics: the subset drops TrueType hinting (as PDF viewers use font units anyway).
        using var fullFont = new SKFont(fullFace, 100) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        using var subFont = new SKFont(subFace, 100) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
        foreach (ushort g in glyphs)
        {
            Assert.Equal(fullFont.GetGlyphWidths([g])[0], subFont.GetGlyphWidths([g])[0]);
            using var a = fullFont.GetGlyphPath(g);
            using var b = subFont.GetGlyphPath(g);
            Assert.Equal(a?.Bounds ?? SKRect.Empty, b?.Bounds ?? SKRect.Empty);
        }

        // ... and the cmap still maps their characters to the same ids (needed for /ToUnicode).
        foreach (char c in "JaneÉéï—C#")
            Assert.Equal(fullFont.GetGlyph(c), subFont.GetGlyph(c));
        // A character we did not keep is gone from the cmap.
        Assert.Equal(0, subFont.GetGlyph('Z'));
    }

    [ToolFact("pdftotext")]
    public void Pdf_WithSubsetFont_IsFarSmaller_AndTextStillExtracts()
    {
        byte[] full = PdfTestKit.FontBytes;
        using var fullFace = SKTypeface.FromData(SKData.CreateCopy(full));
        var runs = Lines.Select((l, i) => PdfTestKit.Shape(fullFace, l, 12, 50, 100 + 20 * i)).ToList();
        var glyphs = runs.SelectMany(r => r.Glyphs).ToHashSet();

        using var subFace = SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(full, glyphs)));
        byte[] pdfFull = PdfTestKit.RenderGlyphRuns(fullFace, 12, runs);
        byte[] pdfSub = PdfTestKit.RenderGlyphRuns(subFace, 12, runs);
        output.WriteLine($"PDF with full font: {pdfFull.Length} bytes; with subset font: {pdfSub.Length} bytes");
        Assert.True(pdfSub.Length * 5 < pdfFull.Length, $"{pdfSub.Length} vs {pdfFull.Length}");

        using (var doc = PdfDocument.Open(pdfSub))
        {
            string text = string.Concat(doc.GetPage(1).Letters.Select(l => l.Value));
            output.WriteLine("PdfPig: " + text);
            foreach (var line in Lines)
                Assert.Contains(Squash(line), Squash(text));
        }

        string path = PdfTestKit.TempFile(pdfSub);
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
        using var face = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.NotNull(face);
        Assert.True(face.GlyphCount >= 1);
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
}

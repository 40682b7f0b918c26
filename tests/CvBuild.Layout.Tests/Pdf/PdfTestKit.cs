using System.Runtime.InteropServices;
using CvBuild.TestSupport;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace CvBuild.Layout.Tests.Pdf;

/// <summary>Shared fixtures: the bundled test font, shaping, PDF rendering and external tools.</summary>
internal static class PdfTestKit
{
    public static string FontPath => Path.Combine(AppContext.BaseDirectory, "Pdf", "TestFonts", "DejaVuSans.ttf");

    public static byte[] FontBytes => File.ReadAllBytes(FontPath);

    /// <summary>Shapes with the full font, as the layout engine does, and returns glyph ids and positions.</summary>
    public static (ushort[] Glyphs, SKPoint[] Points) Shape(SKTypeface fullFont, string text, float size, float x, float y)
    {
        using var shaper = new SKShaper(fullFont);
        using var font = new SKFont(fullFont, size);
        var result = shaper.Shape(text, x, y, font);
        return (result.Codepoints.Select(c => checked((ushort)c)).ToArray(), result.Points);
    }

    /// <summary>Draws pre-shaped glyph runs (one per line) with <paramref name="typeface"/> into a one-page PDF.</summary>
    public static byte[] RenderGlyphRuns(SKTypeface typeface, float size, IEnumerable<(ushort[] Glyphs, SKPoint[] Points)> runs)
    {
        using var stream = new MemoryStream();
        using (var doc = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            var canvas = doc.BeginPage(595, 842);
            using var font = new SKFont(typeface, size);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var (glyphs, points) in runs)
            {
                var bytes = MemoryMarshal.AsBytes(glyphs.AsSpan());
                using var blob = SKTextBlob.CreatePositioned(bytes, SKTextEncoding.GlyphId, font, points);
                canvas.DrawText(blob, 0, 0, paint);
            }
            doc.EndPage();
            doc.Close();
        }
        return stream.ToArray();
    }

    /// <summary>Runs an external tool; the test must be a <see cref="ToolFactAttribute"/> naming it, so a missing tool skips.</summary>
    public static (int ExitCode, string StdOut, string StdErr) RunTool(string tool, params string[] args) =>
        ExternalTools.Run(tool, args);

    public static string TempFile(byte[] content, string extension = ".pdf")
    {
        var path = Path.Combine(Path.GetTempPath(), $"cvbuild-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, content);
        return path;
    }
}

internal static class SamplePdf
{
    /// <summary>A Skia PDF with <paramref name="pages"/> pages, each with a URL link, a named
    /// destination and an internal link to it, plus some text drawn with the bundled font.</summary>
    public static byte[] WithLinks(int pages, SKDocumentPdfMetadata? metadata = null)
    {
        using var typeface = SKTypeface.FromFile(PdfTestKit.FontPath);
        using var stream = new MemoryStream();
        using (var doc = SKDocument.CreatePdf(stream, metadata ?? SKDocumentPdfMetadata.Default with { Title = "Sample CV" }))
        {
            for (int p = 0; p < pages; p++)
            {
                var canvas = doc.BeginPage(595, 842);
                using var font = new SKFont(typeface, 14);
                using var paint = new SKPaint { Color = SKColors.Black };
                canvas.DrawText($"Page {p + 1}", 50, 40, SKTextAlign.Left, font, paint);
                canvas.DrawUrlAnnotation(new SKRect(50, 50, 150, 70), $"https://example.com/page{p}");
                canvas.DrawNamedDestinationAnnotation(new SKPoint(10, 300), $"sec{p}");
                canvas.DrawLinkDestinationAnnotation(new SKRect(50, 100, 150, 120), $"sec{(p + 1) % pages}");
                doc.EndPage();
            }
            doc.Close();
        }
        return stream.ToArray();
    }
}

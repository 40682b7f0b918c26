using System.Diagnostics;
using UglyToad.PdfPig;

namespace CvBuild.Pdf.Tests;

/// <summary>
/// A CV in Hebrew and Arabic (Cases/10-rtl-hebrew-arabic.yaml, from the reported case): right-to-left lines read right to
/// left, and the text layer gives the characters in typing order.
/// </summary>
public sealed class RightToLeftCvTests
{
    private static readonly string CasePath = Path.Combine(Repo.Root, "tests", "CvBuild.Pdf.Tests", "Cases", "10-rtl-hebrew-arabic.yaml");

    private static byte[] Render(TempFolder dir)
    {
        var output = dir.File("rtl.pdf");
        var (exit, _, stderr) = CliRunner.Run("pdf", CasePath, "-o", output);
        Assert.True(exit == 0, stderr);
        return File.ReadAllBytes(output);
    }

    [Fact]
    public void Hebrew_name_reads_right_to_left()
    {
        using var dir = new TempFolder();
        using var document = PdfDocument.Open(Render(dir), new ParsingOptions { UseActualText = true });
        var letters = document.GetPage(1).Letters;
        // "נועה כהן": the given name (first word, starting with nun) is right of the family name (starting with kaf).
        var nun = letters.Where(l => l.Value == "נ").Select(l => l.StartBaseLine).First();
        var kaf = letters.Where(l => l.Value == "כ" && Math.Abs(l.StartBaseLine.Y - nun.Y) < 0.5).Select(l => l.StartBaseLine).First();
        Assert.True(nun.X > kaf.X, $"first word at {nun.X}, second at {kaf.X}");
    }

    [Fact]
    public void Every_title_author_and_venue_is_in_the_text_layer_in_logical_order()
    {
        using var dir = new TempFolder();
        using var document = PdfDocument.Open(Render(dir), new ParsingOptions { UseActualText = true });
        var content = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        foreach (var expected in new[]
                 {
                     "נועה כהן", "אוניברסיטת חיפה", "למידה עמוקה 2024: סקירה", "כתב עת למדעי המחשב",
                     "التعلم العميق للغة العربية (الجزء 2)", "محمد العلي", "المؤتمر العربي للحوسبة",
                 })
        {
            Assert.Contains(expected, content);
        }
    }

    [Fact]
    public void Pdftotext_extracts_the_right_to_left_header_lines_in_logical_order()
    {
        using var dir = new TempFolder();
        var path = dir.File("rtl.pdf");
        File.WriteAllBytes(path, Render(dir));
        var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", path, "-" } };
        using var process = Process.Start(psi)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        // pdftotext marks right-to-left lines with directional embedding controls; the characters inside are what a reader copies.
        var lines = text.Split('\n').Select(l => new string(l.Where(c => c is not (>= '\u202A' and <= '\u202E')).ToArray()).Trim()).ToList();
        Assert.Contains("נועה כהן", lines);
        Assert.Contains("אוניברסיטת חיפה", lines);
    }
}

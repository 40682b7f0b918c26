using System.Text;
using CvBuild.Cli;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CvBuild.Pdf.Tests;

/// <summary>Paths and helpers shared by the PDF tests.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string ExampleCv => Path.Combine(Root, "cv-data", "cv.yaml");

    public static Cv LoadExample()
    {
        var result = CvReader.ReadFile(ExampleCv);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "cv-data", "cv.yaml"))) return dir.FullName;
        throw new InvalidOperationException("repository root (with cv-data/cv.yaml) not found");
    }
}

/// <summary>Text as a reader sees it: one string per line of a page, top to bottom.</summary>
internal static class PdfText
{
    /// <summary>Words grouped into lines by baseline (within half a point), lines top to bottom.</summary>
    public static List<(double Baseline, string Text, IReadOnlyList<Word> Words)> Lines(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y * 2) / 2)
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key, string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)), (IReadOnlyList<Word>)g.OrderBy(w => w.BoundingBox.Left).ToList()))
            .ToList();

    /// <summary>All letters of the document with whitespace removed, so wrapped titles compare as one string.</summary>
    public static string Squeezed(PdfDocument pdf)
    {
        var sb = new StringBuilder();
        foreach (var page in pdf.GetPages())
            foreach (var letter in page.Letters)
                sb.Append(letter.Value);
        return Squeeze(sb.ToString());
    }

    public static string Squeeze(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}

/// <summary>Opens PDFs as a careful reader does: honouring ActualText, which is how ligatures map back to letters.</summary>
internal static class PdfFile
{
    private static readonly ParsingOptions Options = new() { UseActualText = true };

    public static PdfDocument Open(byte[] bytes) => PdfDocument.Open(bytes, Options);

    public static PdfDocument Open(string path) => PdfDocument.Open(path, Options);
}

/// <summary>The pipeline the CLI runs, in code: CV to presentation document to PDF, with the bundled fonts.</summary>
internal static class Render
{
    public static CvBuild.Layout.FontLibrary Fonts { get; } = CvBuild.Layout.FontLibrary.Load(CvBuild.Layout.FontLibrary.DefaultDirectory);

    public static CvBuild.Presentation.Document.PresentationDocument Document(Cv cv, CvBuild.Presentation.Building.DocumentOptions? options = null) =>
        CvBuild.Presentation.Building.DocumentBuilder.Build(cv, options ?? new(), CvBuild.Presentation.Strings.PresentationStrings.English);

    public static PdfRendering Detailed(Cv cv, CvBuild.Presentation.Building.DocumentOptions? options = null, Design? design = null, DateTimeOffset? date = null) =>
        CvPdfRenderer.RenderDetailed(Document(cv, options), new PdfOptions { Fonts = Fonts, Design = design ?? cv.Settings.Design, Date = date });

    public static byte[] Pdf(Cv cv, CvBuild.Presentation.Building.DocumentOptions? options = null, Design? design = null, DateTimeOffset? date = null) =>
        Detailed(cv, options, design, date).Pdf;
}

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CvBuild.Cli.Build;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace CvBuild.Presentation.Tests;

/// <summary>
/// A CV's outputs as a reader gets them, made through the same format objects the commands and <c>build</c>
/// use: the PDF as <c>pdftotext</c> extracts it (plus its link addresses), plain text, and Markdown with its
/// escapes undone. Whitespace runs are folded to one space, so a line wrap never hides a value.
/// </summary>
internal static partial class Outputs
{
    private static readonly Lazy<FontLibrary> Fonts = new(() => FontLibrary.Load(FontLibrary.DefaultDirectory));

    public static RenderContext Context { get; } = new(null, () => Fonts.Value);

    /// <summary>The context of a process started with SOURCE_DATE_EPOCH set.</summary>
    public static RenderContext WithEpoch(string epoch) => new(epoch, () => Fonts.Value);

    public static Cv Read(string yaml, string name = "cv.yaml")
    {
        var result = CvReader.Parse(yaml, name);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics) + "\n" + yaml);
        return result.Cv!;
    }

    public static Cv ReadCase(string file) => Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", file)), file);

    public static byte[] Render(Cv cv, string format, string variant = "full", Dictionary<string, object>? options = null) =>
        OutputFormats.Get(format).Render(cv, variant, new OptionValues(options ?? []), Context).Bytes;

    public static string Text(Cv cv, string variant = "full", Dictionary<string, object>? options = null) =>
        Encoding.UTF8.GetString(Render(cv, "text", variant, options));

    public static string Markdown(Cv cv, string variant = "full", Dictionary<string, object>? options = null) =>
        Encoding.UTF8.GetString(Render(cv, "markdown", variant, options));

    /// <summary>
    /// The PDF's text through poppler's pdftotext (which CI installs; a missing tool fails the test), in drawing
    /// order (-raw): the default mode joins "A-" at a line end with the next line as if it were a hyphenated word.
    /// </summary>
    public static string PdfToText(byte[] pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-raw", "-enc", "UTF-8", "-", "-"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(pdf);
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "pdftotext failed: " + process.StandardError.ReadToEnd());
        return output.Result;
    }

    /// <summary>The addresses of the PDF's link annotations.</summary>
    public static IReadOnlyList<string> PdfLinks(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return [.. doc.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => (a.Action as UriAction)?.Uri).OfType<string>()];
    }

    /// <summary>
    /// The HTML page as a reader gets it: the body's text with tags removed and character references decoded,
    /// whitespace folded, then its link addresses (what the PDF's annotations are to the PDF). The head (title,
    /// metadata, JSON-LD) is left out so that it cannot stand in for a fact the page does not show.
    /// </summary>
    public static string HtmlText(byte[] page)
    {
        var html = Encoding.UTF8.GetString(page);
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        // Inline elements join text as the browser shows it; block elements separate it.
        var text = System.Net.WebUtility.HtmlDecode(Tags().Replace(InlineTags().Replace(body, ""), " "));
        var links = Hrefs().Matches(body).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
        return Fold(text) + "\n" + string.Join("\n", links);
    }

    [GeneratedRegex("</?(?:strong|em|a|span|time|bdi)\\b[^>]*>")]
    private static partial Regex InlineTags();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Hrefs();

    /// <summary>Whitespace runs as one space.</summary>
    public static string Fold(string text) => Spaces().Replace(text, " ");

    /// <summary>Markdown as its reader sees the characters: backslash escapes undone.</summary>
    public static string Unescape(string markdown) => Escaped().Replace(markdown, "$1");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();
}

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using CvBuild.Cli.Build;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;

namespace CvBuild.Html.Tests;

/// <summary>Pages made as the <c>html</c> command and <c>build</c> make them: through the html output-format object.</summary>
internal static partial class Pages
{
    public static RenderContext Context { get; } = new(null, () => throw new InvalidOperationException("the HTML page needs no fonts"));

    public static string RepoRoot([CallerFilePath] string self = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(self)!, "..", ".."));

    public static string ExamplePath => Path.Combine(RepoRoot(), "cv-data", "cv.yaml");

    public static Cv Example => Read(File.ReadAllText(ExamplePath), ExamplePath);

    public static Cv Read(string yaml, string name = "cv.yaml")
    {
        var result = CvReader.Parse(yaml, name);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    public static string Render(Cv cv, string variant = "full") =>
        Encoding.UTF8.GetString(OutputFormats.Get("html").Render(cv, variant, OptionValues.None, Context).Bytes);

    /// <summary>The JSON-LD block's text, as a browser hands it to a crawler (the raw text between the tags).</summary>
    public static string JsonLd(string page)
    {
        var m = JsonLdBlock().Match(page);
        Assert.True(m.Success, "no JSON-LD block");
        return m.Groups[1].Value;
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}

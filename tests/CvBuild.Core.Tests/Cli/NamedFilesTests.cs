using CvBuild.Cli;
using static CvBuild.Core.Tests.Cli.CliRun;

namespace CvBuild.Core.Tests.Cli;

/// <summary>
/// What a CV names outside itself (settings.locale, design.theme, design.body_font and heading_font): 'check' refuses
/// exactly what the output commands refuse, each problem at the line that names it or inside the theme file.
/// </summary>
public sealed class NamedFilesTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Cv(string settings) =>
        _dir.Write("cv.yaml", "person: {name: Named Files}\nsettings:\n" + settings + "talks: [{date: 2020, event: Seminar}]\n");

    [Theory]
    [InlineData("  locale: xx\n", "cv.yaml:3:11: error: settings.locale: no built-in locale 'xx'")]
    [InlineData("  locale: ./missing-locale.yaml\n", "cv.yaml:3:11: error: settings.locale: ./missing-locale.yaml:")]
    [InlineData("  design: {theme: neon}\n", "cv.yaml:3:19: error: theme 'neon' is not a built-in theme")]
    [InlineData("  design: {body_font: Comic Sans}\n", "cv.yaml:3:23: error: font 'Comic Sans' is not bundled")]
    [InlineData("  design: {heading_font: noto sanz}\n", "cv.yaml:3:26: error: font 'noto sanz' is not bundled; did you mean 'Noto Sans'?")]
    public void Check_and_pdf_refuse_a_named_locale_theme_or_font_at_its_line(string settings, string expected)
    {
        var cv = Cv(settings);
        foreach (var args in new[] { new[] { "check", cv }, ["pdf", cv, "-o", _dir.File("cv.pdf")] })
        {
            var (code, stdout, stderr) = Run(args);
            Assert.True(code == ExitCodes.InvalidData, $"{args[0]}: {code} {stderr}");
            Assert.Equal("", stdout);
            Assert.StartsWith(_dir.Path + "/" + expected, stderr);
            Assert.DoesNotContain("cv.yaml: " + _dir.Path, stderr);
        }
        Assert.False(File.Exists(_dir.File("cv.pdf")));
    }

    [Fact]
    public void A_font_a_theme_file_names_is_reported_in_the_theme_file()
    {
        var theme = _dir.Write("my-theme.yaml", "name: mine\nfonts:\n  body: Comic Sans\n");
        var cv = Cv("  design: {theme: my-theme.yaml}\n");
        foreach (var args in new[] { new[] { "check", cv }, ["pdf", cv, "-o", _dir.File("cv.pdf")] })
        {
            var (code, _, stderr) = Run(args);
            Assert.True(code == ExitCodes.InvalidData, $"{args[0]}: {code} {stderr}");
            Assert.Contains("my-theme.yaml:3:9: error: font 'Comic Sans' is not bundled", stderr);
            Assert.Contains("    body: Comic Sans\n", stderr);
        }
        Assert.Equal("name: mine\nfonts:\n  body: Comic Sans\n", File.ReadAllText(theme));
    }

    [Fact]
    public void A_text_output_does_not_need_the_pdf_theme_or_fonts()
    {
        var cv = Cv("  design: {theme: neon, body_font: Comic Sans}\n");
        var (code, _, stderr) = Run("text", cv, "-o", _dir.File("cv.txt"));
        Assert.True(code == 0, stderr);
    }

    [Fact]
    public void A_theme_option_naming_nothing_is_a_usage_error()
    {
        var cv = Cv("  numbering: forward\n");
        var (code, _, stderr) = Run("pdf", cv, "--theme", "neon", "-o", _dir.File("cv.pdf"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("cvbuild: error: theme 'neon' is not a built-in theme", stderr);
    }

    [Theory]
    [InlineData("---\n")]
    [InlineData("~\n")]
    [InlineData("null\n")]
    [InlineData("--- # nothing here\n...\n")]
    public void A_null_document_is_one_positioned_error_not_a_silent_failure(string text)
    {
        var cv = _dir.Write("null.yaml", text);
        var (code, _, stderr) = Run("check", cv);
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.StartsWith(cv + ":1:1: error: the document is empty", stderr);
    }

    [Theory]
    [InlineData("--variant", "long", "cvbuild: error: Argument 'long' not recognized. Must be one of: 'full', 'short', 'publications', 'talks'\n")]
    [InlineData("--numbering", "upward", "cvbuild: error: Argument 'upward' not recognized. Must be one of: 'forward', 'reverse', 'none'\n")]
    public void A_value_outside_a_list_is_one_plain_line(string option, string value, string expected)
    {
        var (code, _, stderr) = Run("text", Cv("  numbering: forward\n"), option, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith(expected, stderr);
    }

    [Fact]
    public void A_subcommand_error_points_at_its_own_help()
    {
        var (code, _, stderr) = Run("theme", "show", "nope");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.EndsWith("Run 'cvbuild theme show --help' for usage.\n", stderr);
    }
}

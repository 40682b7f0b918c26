using System.Runtime.CompilerServices;
using CvBuild.Cli;
using CvBuild.Cli.Build;
using CvBuild.TestSupport;
using static CvBuild.TestSupport.CliRunner;

namespace CvBuild.Presentation.Tests;

/// <summary>One output-format object per format: the command and <c>build</c> share options, validation and bytes.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string RepoRoot([CallerFilePath] string self = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(self)!, "..", ".."));

    private static string ExampleCv => Path.Combine(RepoRoot(), "cv-data", "cv.yaml");


    public static TheoryData<string, string, string[], string> SameOptions() => new()
    {
        { "pdf", "short", ["--theme", "modern", "--page-size", "letter", "--since", "2021", "--sections", "education,publications,talks", "--numbering", "reverse"],
            "{theme: modern, page_size: letter, since: 2021, sections: [education, publications, talks], numbering: reverse}" },
        { "text", "publications", ["--width", "64", "--ascii", "--max-authors", "2", "--since", "2022"], "{width: 64, ascii: true, max_authors: 2, since: 2022}" },
        { "markdown", "full", ["--front-matter", "--only-selected", "--numbering", "none", "--sections", "publications,awards"],
            "{front_matter: true, only_selected: true, numbering: none, sections: [publications, awards]}" },
        { "html", "talks", ["--since", "2021", "--numbering", "reverse", "--max-authors", "4"], "{since: 2021, numbering: reverse, max_authors: 4}" },
        { "html", "short", ["--only-selected", "--sections", "education,publications"], "{only_selected: true, sections: [education, publications]}" },
        { "bibtex", "full", ["--dialect", "biblatex", "--abstracts", "--include-talks", "--equal-note"], "{dialect: biblatex, abstracts: true, include_talks: true, equal_note: true}" },
    };

    [Theory]
    [MemberData(nameof(SameOptions))]
    public void The_command_and_build_give_identical_bytes_for_the_same_options(string format, string variant, string[] flags, string options)
    {
        var command = Path.Combine(_temp.Path, "command.out");
        string[] variantFlag = format == "bibtex" ? [] : ["--variant", variant];
        var run = Run([format, ExampleCv, "-o", command, .. variantFlag, .. flags]);
        Assert.True(run.Exit == 0, run.Err);

        var config = Path.Combine(_temp.Path, "cvbuild.yaml");
        File.WriteAllText(config, $"cv: {ExampleCv}\noutputs:\n  - format: {format}\n    path: build.out\n    variant: {variant}\n    options: {options}\n");
        var build = Run("build", "--config", config);
        Assert.True(build.Exit == 0, build.Err);

        Assert.Equal(File.ReadAllBytes(command), File.ReadAllBytes(Path.Combine(_temp.Path, "build.out")));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void A_year_that_is_not_a_year_is_refused_alike_by_every_command(string format)
    {
        var (exit, _, stderr) = Run(format, ExampleCv, "-o", Path.Combine(_temp.Path, "out"), "--since", "12");
        Assert.Equal(2, exit);
        Assert.Contains("--since must be from 1000 to 9999, not 12", stderr);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "out")));
    }

    [Fact]
    public void The_same_bound_holds_in_the_build_configuration()
    {
        var config = Path.Combine(_temp.Path, "cvbuild.yaml");
        File.WriteAllText(config, $"cv: {ExampleCv}\noutputs:\n  - format: pdf\n    path: cv.pdf\n    options: {{since: 12}}\n");
        var (exit, _, stderr) = Run("build", "--config", config);
        Assert.Equal(1, exit);
        Assert.Contains("cvbuild.yaml:5:", stderr);
        Assert.Contains("since", stderr);
    }

    [Fact]
    public void A_pdf_over_its_page_limit_fails_naming_the_file_its_pages_and_the_limit()
    {
        var pdf = Path.Combine(_temp.Path, "cv.pdf");
        var (exit, _, stderr) = Run("pdf", ExampleCv, "-o", pdf, "--max-pages", "2");
        Assert.Equal(1, exit);
        Assert.Matches(@"cvbuild: error: .*cv\.pdf: \d+ pages, more than the limit of 2 \(max_pages\)", stderr);
        Assert.False(File.Exists(pdf));
        var within = Run("pdf", ExampleCv, "-o", pdf, "--max-pages", "50");
        Assert.True(within.Exit == 0, within.Err);
        Assert.True(File.Exists(pdf));
    }

    [Fact]
    public void Build_and_build_check_fail_on_a_pdf_over_its_max_pages()
    {
        var config = Path.Combine(_temp.Path, "cvbuild.yaml");
        File.WriteAllText(config, $"cv: {ExampleCv}\noutputs:\n  - format: text\n    path: cv.txt\n  - format: pdf\n    path: long.pdf\n    options: {{max_pages: 1}}\n");
        var build = Run("build", "--config", config);
        Assert.Equal(1, build.Exit);
        Assert.Matches(@"error: \S*long\.pdf: \d+ pages, more than the limit of 1 \(max_pages\)", build.Err);
        // The other outputs are still made.
        Assert.True(File.Exists(Path.Combine(_temp.Path, "cv.txt")));
        var check = Run("build", "--check", "--config", config);
        Assert.Equal(1, check.Exit);
        Assert.Contains("more than the limit of 1 (max_pages)", check.Err);
    }

    [Fact]
    public void Max_pages_is_only_a_pdf_option()
    {
        var config = Path.Combine(_temp.Path, "cvbuild.yaml");
        File.WriteAllText(config, $"cv: {ExampleCv}\noutputs:\n  - format: html\n    path: cv.html\n    options: {{max_pages: 1}}\n");
        var (exit, _, stderr) = Run("build", "--config", config);
        Assert.Equal(1, exit);
        Assert.Contains("max_pages", stderr);
    }

    [Fact]
    public void Every_format_option_is_on_the_command_line_and_in_the_configuration()
    {
        var root = CliApp.CreateRoot();
        foreach (var format in OutputFormats.All)
        {
            var command = root.Subcommands.Single(c => c.Name == format.Name);
            var spec = OutputFormats.Specs.Single(s => s.Name == format.Name);
            foreach (var option in format.Options)
            {
                Assert.Contains(command.Options, o => o.Name == option.CliName);
                Assert.NotNull(spec.Options.Field(option.Name));
            }
            Assert.Equal(format.Variants, spec.Variants);
        }
    }

    [Fact]
    public void Build_config_doc_is_generated_from_the_option_specification() =>
        Golden.VerifyFile(Path.Combine(RepoRoot(), "docs", "build-config.md"), BuildConfigDocWriter.Write());
}

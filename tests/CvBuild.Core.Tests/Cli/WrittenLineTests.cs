using System.Text.RegularExpressions;
using CvBuild.Cli.Output;
using CvBuild.Core.Tests.Reading;

namespace CvBuild.Core.Tests.Cli;

/// <summary>Every command that writes a file ends with the same line, path (holds, size); --quiet leaves it out.</summary>
public sealed class WrittenLineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string> Writers => new()
    {
        { "pdf", "cv.pdf", @"\d+ pages, " },
        { "text", "cv.txt", "" },
        { "markdown", "cv.md", "" },
        { "html", "cv.html", "" },
        { "bibtex", "cv.bib", @"\d+ publications, \d+ patents, " },
        { "jsonresume", "resume.json", @"\d+ work, \d+ education, \d+ publications, " },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_format_command_prints_the_written_line_and_quiet_prints_nothing(string command, string file, string holds)
    {
        var cv = _temp.Write("cv.yaml", File.ReadAllText(ReaderTestKit.ExamplePath));
        var output = _temp.File(file);
        var run = CliRunner.Run(command, cv, "-o", output);
        Assert.True(run.Exit == 0, run.Err);
        Assert.Matches($@"^wrote {Regex.Escape(output)} \({holds}\d+\.\d kB\)\n$", run.Out);
        // No colour anywhere: nothing for NO_COLOR or a non-terminal to turn off.
        Assert.DoesNotContain('\u001b', run.Out + run.Err);

        var quiet = CliRunner.Run(command, cv, "-o", output, "--quiet");
        Assert.Equal((0, ""), (quiet.Exit, quiet.Out));
    }

    [Fact]
    public void Init_and_import_bibtex_print_the_same_shape()
    {
        var init = CliRunner.Run("init", _temp.File("new.yaml"));
        Assert.Matches($@"^wrote {Regex.Escape(_temp.File("new.yaml"))} \(starter CV, \d+\.\d kB\)\n", init.Out);
        var bib = _temp.Write("refs.bib", "@article{k, author = {Zoë Ñúñez}, title = {T}, journal = {J}, year = 2020}\n");
        var import = CliRunner.Run("import", "bibtex", bib, "-o", _temp.File("pubs.yaml"));
        Assert.Matches($@"^wrote {Regex.Escape(_temp.File("pubs.yaml"))} \(1 publication, 0 patents, \d+ B\)\n$", import.Out);
        Assert.Equal("", CliRunner.Run("init", _temp.File("quiet.yaml"), "--quiet").Out);
    }

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(999, "999 B")]
    [InlineData(1000, "1.0 kB")]
    [InlineData(40_949, "40.9 kB")]
    [InlineData(1_400_000, "1.4 MB")]
    public void Sizes_are_in_si_units(long bytes, string shown) => Assert.Equal(shown, WrittenLine.Size(bytes));
}

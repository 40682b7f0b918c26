using CvBuild.Core.Reading;
using CvBuild.Core.Tests.Cli;

namespace CvBuild.Core.Tests.Reading;

/// <summary>include: a CV split into files, read as one, with problems reported in the file that has them.</summary>
public sealed class IncludeTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_dir.File(name))!);
        return _dir.Write(name, text);
    }

    private const string Talk = "talks:\n  - {date: 2024-05, event: Royal Society}\n";

    [Fact]
    public void Included_list_items_follow_the_includers_and_the_included_file_is_an_input()
    {
        var talks = Write("sections/talks.yaml", "talks:\n  - {date: 2023, event: Second}\n");
        var cv = Write("cv.yaml", ReaderTestKit.Person + "include: [sections/talks.yaml]\ntalks:\n  - {date: 2024, event: First}\n");
        var result = CvReader.ReadFile(cv);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["First", "Second"], result.Cv!.Talks.Select(t => t.Event));
        Assert.Equal([cv, talks], result.Inputs);
        Assert.Equal(talks, result.Cv.Talks[1].Source!.File);
    }

    [Fact]
    public void A_problem_in_an_included_file_is_reported_at_its_own_line_and_column()
    {
        var part = Write("sections/talks.yaml", "talks:\n  - date: 2024\n    evnt: Oops\n");
        var cv = Write("cv.yaml", ReaderTestKit.Person + "include: [sections/talks.yaml]\n");
        var result = CvReader.ReadFile(cv);
        var d = Assert.Single(result.Diagnostics, d => d.Message.Contains("unknown field 'evnt'"));
        Assert.Equal((part, 3, 5), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.NotNull(result.SourceOf(part));
    }

    [Fact]
    public void Nested_includes_resolve_against_the_including_file()
    {
        Write("a/b/talks.yaml", Talk);
        Write("a/part.yaml", "include: [b/talks.yaml]\n");
        var result = CvReader.ReadFile(Write("cv.yaml", ReaderTestKit.Person + "include: [a/part.yaml]\n"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Cv!.Talks);
    }

    [Fact]
    public void An_include_cycle_is_an_error_at_the_include_that_closes_it()
    {
        var part = Write("part.yaml", "include: [cv.yaml]\n" + Talk);
        var cv = Write("cv.yaml", ReaderTestKit.Person + "include: [part.yaml]\n");
        var result = CvReader.ReadFile(cv);
        var d = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((part, 1, 11), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Contains("include cycle: cv.yaml -> part.yaml -> cv.yaml", d.Message);
    }

    [Fact]
    public void A_file_included_twice_is_an_error_not_a_silent_duplicate()
    {
        Write("sections/talks.yaml", Talk);
        Write("sections/more.yaml", "include: [talks.yaml]\n");
        var cv = Write("cv.yaml", ReaderTestKit.Person + "include:\n  - sections/talks.yaml\n  - sections/more.yaml\n");
        var result = CvReader.ReadFile(cv);
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((_dir.File("sections/more.yaml"), 1, 11), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Contains("'talks.yaml' is already included at", d.Message);
        Assert.Contains("cv.yaml:4:5", d.Message);
    }

    [Fact]
    public void The_check_command_quotes_the_included_files_own_line_under_its_problem()
    {
        Write("sections/talks.yaml", "talks:\n  - date: 2024\n    evnt: Oops\n");
        var cv = Write("cv.yaml", ReaderTestKit.Person + "include: [sections/talks.yaml]\n");
        var (code, _, stderr) = CliRun.Run("check", cv);
        Assert.Equal(1, code);
        Assert.Contains("talks.yaml:3:5: error: unknown field 'evnt' in talk; did you mean 'event'?\n      evnt: Oops\n      ^\n", stderr);
    }

    [Fact]
    public void A_field_given_in_two_files_is_an_error_naming_both()
    {
        var part = Write("part.yaml", "last_updated: 2024-01-01\n");
        var cv = Write("cv.yaml", ReaderTestKit.Person + "last_updated: 2025-01-01\ninclude: [part.yaml]\n");
        var d = Assert.Single(CvReader.ReadFile(cv).Diagnostics, d => d.IsError);
        Assert.Equal((part, 1, 1), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Contains($"already given at {cv}:3:1", d.Message);
    }

    [Fact]
    public void A_missing_included_file_is_an_error_at_its_item()
    {
        var cv = Write("cv.yaml", ReaderTestKit.Person + "include:\n  - nothere.yaml\n");
        var d = Assert.Single(CvReader.ReadFile(cv).Diagnostics, d => d.IsError);
        Assert.Equal((cv, 4, 5), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Contains("included file 'nothere.yaml' not found", d.Message);
    }

    [Fact]
    public void The_yaml_of_all_files_together_is_bounded()
    {
        var half = "# " + new string('x', (int)(CvReader.MaxFileBytes / 2)) + "\n";
        Write("one.yaml", half + Talk);
        Write("two.yaml", half);
        var cv = Write("cv.yaml", ReaderTestKit.Person + "include: [one.yaml, two.yaml]\n");
        var d = Assert.Single(CvReader.ReadFile(cv).Diagnostics, d => d.IsError);
        Assert.Equal((cv, 3, 21), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Contains("larger than", d.Message);
    }

    [Fact]
    public void An_included_file_that_is_a_list_is_refused_plainly()
    {
        var part = Write("part.yaml", "- a\n- b\n");
        var d = Assert.Single(CvReader.ReadFile(Write("cv.yaml", ReaderTestKit.Person + "include: [part.yaml]\n")).Diagnostics, d => d.IsError);
        Assert.Equal(part, d.Span.File);
        Assert.Contains("an included file must hold fields of the CV", d.Message);
    }

    [Fact]
    public void No_command_overwrites_an_included_file()
    {
        var part = Write("part.yaml", Talk);
        var cv = Write("cv.yaml", ReaderTestKit.Person + "include: [part.yaml]\n");
        var (code, _, err) = CliRun.Run("text", cv, "-o", part);
        Assert.Equal(1, code);
        Assert.Contains("which would be overwritten", err);
        Assert.Equal(Talk, File.ReadAllText(part));
    }
}

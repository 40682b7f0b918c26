using System.Diagnostics;
using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Reading;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;

namespace CvBuild.Core.Tests.Reading;

public sealed class BadInputTests
{
    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_position()
    {
        var result = Read(Person + "awards: [unclosed\n");
        Assert.Null(result.Cv);
        var d = Assert.Single(result.Diagnostics);
        Assert.True(d.IsError);
        Assert.StartsWith("YAML syntax error: ", d.Message);
        Assert.Equal(4, d.Span.Line);
    }

    [Theory]
    [InlineData("    : [\nR")] // found by MutationFuzzTests: YamlDotNet's scanner throws InvalidOperationException
    [InlineData("person:\n  name: Ada\n    : [\nR")]
    public void Input_that_makes_the_yaml_scanner_fail_unexpectedly_is_a_syntax_error(string yaml)
    {
        var result = Read(yaml);
        Assert.Null(result.Cv);
        var d = Assert.Single(result.Diagnostics);
        Assert.StartsWith("YAML syntax error: ", d.Message);
    }

    [Fact]
    public void A_bad_start_and_a_bad_end_are_both_reported_in_one_run()
    {
        var result = Read(Person + "positions:\n  - {title: C, organization: D, start: 2021-13, end: 2019-02-30}\n");
        Assert.Collection(result.Diagnostics,
            d => Assert.StartsWith("'start' has an impossible month 13 in '2021-13'", d.Message),
            d => Assert.StartsWith("'end' has an impossible day", d.Message));
    }

    [Theory]
    [InlineData("presnt")]
    [InlineData("Prsent")]
    [InlineData("presetn")]
    public void A_misspelt_present_gets_a_did_you_mean(string written)
    {
        var result = Read(Person + $"positions:\n  - {{title: C, organization: D, start: 2021, end: {written}}}\n");
        Single(result, Severity.Error, 4, 51, $"'end' must be a date or 'present', not '{written}'; did you mean 'present'?");
    }

    [Fact]
    public void A_heading_for_a_section_id_that_does_not_exist_is_an_error_with_a_hint()
    {
        var result = Read(Person + "talks:\n  - {date: 2020, event: E}\nsettings:\n  headings: {talkz: My Talks, grants: Funding}\n");
        Single(result, Severity.Error, 6, 14, "settings.headings names no section 'talkz'; did you mean 'talks'?");
    }

    [Fact]
    public void Tab_indentation_is_an_error_pointing_at_the_tab()
    {
        var result = Read("person:\n\tname: Ada\n");
        Single(result, Severity.Error, 2, 1, "tab character used for indentation");
    }

    [Fact]
    public void Tab_inside_a_block_scalar_is_content_not_indentation()
    {
        var result = Read(Person + "talks:\n  - date: 2020\n    event: Seminar\n    abstract: |\n      code:\n      \tindented\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Duplicate_key_is_an_error_at_the_second_key()
    {
        var result = Read("person:\n  name: Ada\n  name: Bob\n");
        Single(result, Severity.Error, 3, 3, "duplicate key 'name'");
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        Single(Read(""), Severity.Error, 1, 1, "the file is empty");
        Single(Read("# only a comment\n\n"), Severity.Error, 1, 1, "the file is empty");
        Single(Read(" \t \r\n\u00A0\n"), Severity.Error, 1, 1, "the file is empty");
        Single(Read("\n   # indented comment\r\n\t# after a tab\n  "), Severity.Error, 1, 1, "the file is empty");
    }

    [Fact]
    public void Content_after_comments_and_blank_lines_is_read()
    {
        var result = Read("# my CV\n\n   # more\nperson:\n  name: Ada Lovelace\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("empty", StringComparison.Ordinal));
        Assert.Equal("Ada Lovelace", result.Cv?.Person.Name);
    }

    [Fact]
    public void File_that_is_not_utf8_is_an_error_at_the_bad_byte()
    {
        var bytes = Encoding.Latin1.GetBytes("person:\n  name: Jos\u00e9\n");
        var result = CvReader.ReadBytes(bytes, "cv.yaml");
        Single(result, Severity.Error, 2, 12, "not valid UTF-8 (byte 0xE9)");
    }

    [Fact]
    public void Binary_file_is_an_error()
    {
        var result = CvReader.ReadBytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "cv.yaml");
        Single(result, Severity.Error, 3, 1, "binary file");
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_parsing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cvbuild-big-{Guid.NewGuid():N}.yaml");
        try
        {
            using (var f = File.Create(path)) f.SetLength(CvReader.MaxFileBytes + 1);
            var result = CvReader.ReadFile(path);
            var d = Assert.Single(result.Diagnostics);
            Assert.Contains("larger than 5,242,880 bytes", d.Message);
            Assert.Equal((path, 0, 0), (d.Span.File, d.Span.Line, d.Span.Column));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Alias_bomb_fails_fast_with_bounded_memory()
    {
        // One anchored paper with 2,000 authors, aliased 5,000 times: ten million authors from 60 KB.
        var sb = new StringBuilder(Person);
        sb.Append("paper: &p\n  kind: conference\n  title: T\n  year: 2020\n  authors:\n");
        for (var i = 0; i < 2000; i++) sb.Append("    - Ada Lovelace\n");
        sb.Append("publications:\n");
        for (var i = 0; i < 5000; i++) sb.Append("  - *p\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = Read(sb.ToString());
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(result.Cv);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("larger than 10,485,760 characters once aliases are expanded"));
        Assert.True(allocated < 200_000_000, $"allocated {allocated:N0} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_million_levels_of_block_or_flow_nesting_are_refused_at_the_65th_level_without_recursion()
    {
        // "- - - ... a": compact block sequences, each "- " one level deeper.
        var block = Person + "x:\n  " + string.Concat(Enumerable.Repeat("- ", 300_000)) + "a\n";
        foreach (var yaml in new[] { Person + "x: " + new string('[', 1_000_000), Person + "x: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)), block })
        {
            var result = Read(yaml);
            Assert.Null(result.Cv);
            Assert.Contains(result.Diagnostics, d => d.Message.Contains("nesting deeper than 64 levels") || d.Message.StartsWith("YAML syntax error", StringComparison.Ordinal));
        }
        var config = ConfigReader.Parse("cv: cv.yaml\noutputs: " + new string('[', 1_000_000), "cvbuild.yaml", []);
        Assert.Contains(config.Diagnostics, d => d.Message.Contains("nesting deeper than 64 levels"));
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        var result = Read(Person + "x: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("nesting deeper than 64 levels"));
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        var result = Read("person:\n  name: Ada\n  afiliation: Oxford\n");
        var d = Single(result, Severity.Error, 3, 3, "unknown field 'afiliation' in person");
        Assert.EndsWith("did you mean 'affiliation'?", d.Message);
    }

    [Fact]
    public void Unknown_key_far_from_any_known_key_has_no_suggestion()
    {
        var d = Single(Read(Person + "hobbies: [chess]\n"), Severity.Error, 3, 1, "unknown field 'hobbies' in cv");
        Assert.DoesNotContain("did you mean", d.Message);
    }

    [Fact]
    public void Wrong_types_are_reported_with_the_expected_type()
    {
        var result = Read(Person + "publications:\n  - kind: journal\n    title: T\n    authors: [Ada Lovelace]\n    year: twenty\n    selected: maybe\n    links: https://x.org\n");
        Single(result, Severity.Error, 7, 11, "'year' must be a whole number, not 'twenty'");
        Single(result, Severity.Error, 8, 15, "'selected' must be true or false, not 'maybe'");
        Single(result, Severity.Error, 9, 12, "links must be a mapping of fields, not a scalar");
    }

    [Fact]
    public void Numbers_outside_the_specified_range_are_errors_at_the_value()
    {
        var result = Read(Person + "settings:\n  design:\n    margin_mm: 55\n    font_size: 5\n");
        Single(result, Severity.Error, 5, 16, "'margin_mm' must be a number from 5 to 50, not '55'");
        Single(result, Severity.Error, 6, 16, "'font_size' must be a number from 6 to 16, not '5'");
    }

    [Fact]
    public void Missing_required_field_is_reported_at_its_entry()
    {
        var result = Read(Person + "awards:\n  - title: Prize\n");
        Single(result, Severity.Error, 4, 5, "award is missing the required field 'year'");
    }

    [Fact]
    public void Impossible_dates_are_errors()
    {
        var result = Read(Person + "talks:\n  - date: 2025-13-40\n    event: A\n  - date: 2023-02-29\n    event: B\n");
        Single(result, Severity.Error, 4, 11, "impossible month 13");
        Single(result, Severity.Error, 6, 11, "February 2023 has no day 29");
    }

    [Fact]
    public void Year_ranges_that_run_backwards_are_errors()
    {
        var result = Read(Person + "awards:\n  - year: 2019-2017\n    title: A\npositions:\n  - title: T\n    organization: O\n    start: 2020\n    end: 2018\n");
        Single(result, Severity.Error, 4, 11, "'year' runs backwards: 2017 is before 2019");
        Single(result, Severity.Error, 10, 10, "'end' (2018) is before 'start' (2020): the range runs backwards");
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        var result = Read("person:\n  name: Ada\n  titel: X\nawards:\n  - year: 1999-1990\n    title: A\ntalks:\n  - date: 2020-02-30\n    event: E\n");
        Assert.Equal(3, result.Diagnostics.Count(d => d.IsError));
        Assert.Equal([3, 5, 8], result.Diagnostics.Select(d => d.Span.Line));
    }
}

using System.Globalization;
using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Reading;
using CvBuild.Core.Writing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;

namespace CvBuild.Core.Tests.Reading;

/// <summary>Classes of hostile YAML: each is refused with a position or made harmless, never an exception.</summary>
public sealed class HostileYamlTests
{
    private static string Talk(string date) => Person + $"talks:\n  - date: {date}\n    event: Seminar\n    title: T\n";

    [Fact]
    public void A_one_megabyte_scalar_aliased_200_times_is_refused_at_the_alias_that_crosses_the_budget()
    {
        var sb = new StringBuilder(Person).Append("  title: &big \"").Append('x', 1_000_000).Append("\"\nawards:\n");
        for (var i = 0; i < 200; i++) sb.Append("  - {year: 2020, title: *big}\n");
        var result = Read(sb.ToString());
        Assert.Null(result.Cv);
        // The anchor counts 1,000,001 characters and each alias as much again: the 10th alias crosses 10,485,760.
        var d = Single(result, Severity.Error, 4 + 10, 25, "makes the document larger than 10,485,760 characters once aliases are expanded");
        Assert.StartsWith("alias '*big'", d.Message);
    }

    [Fact]
    public void Aliases_that_stay_small_are_read_as_before()
    {
        var result = Read(Person + "  aliases: &names [A. Lovelace, Ada King]\n  research_interests: *names\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["A. Lovelace", "Ada King"], result.Cv!.Person.ResearchInterests);
    }

    [Property(MaxTest = 60)]
    public Property Expansion_is_refused_exactly_when_the_expanded_size_passes_the_budget()
    {
        var cases = from length in Gen.Choose(0, 400)
                    from copies in Gen.Choose(0, 40)
                    from budget in Gen.Choose(50, 5000)
                    select (length, copies, budget);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (length, copies, budget) = c;
            var yaml = new StringBuilder("a: &s \"").Append('x', length).Append("\"\nb:\n");
            for (var i = 0; i < copies; i++) yaml.Append("  - *s\n");
            var bag = new DiagnosticBag();
            var root = YamlTreeBuilder.Build(yaml.ToString(), "cv.yaml", bag, budget);
            // Scalars count their length plus one, collections one: keys a, b; the anchored scalar and its copies; two collections.
            long expanded = 2 + 2 + (long)(length + 1) * (copies + 1) + 2;
            var refusedAtAlias = expanded - 1 > budget; // the root mapping's own 1 is counted only at its end
            var refused = bag.Items.Any(d => d.Message.Contains("once aliases are expanded"));
            return (refused == (root is null) && refused == (copies > 0 && refusedAtAlias)).Label($"expanded={expanded} refused={refused}");
        });
    }

    [Fact]
    public void An_alias_inside_the_node_it_names_is_refused()
    {
        var result = Read("person: &p\n  name: Ada\n  title: *p\n");
        Single(result, Severity.Error, 3, 10, "alias '*p' is inside the node it names");
    }

    [Theory]
    [InlineData("!!python/object:os.system \"ls\"", "!!python/object:os.system")]
    [InlineData("!!python/object/apply:os.system [ls]", "!!python/object/apply:os.system")]
    [InlineData("!custom Ada", "!custom")]
    [InlineData("!<tag:example.com,2000:app/x> Ada", "tag:example.com,2000:app/x")]
    [InlineData("!!binary SGVsbG8=", "!!binary")]
    [InlineData("!!timestamp 2001-12-14", "!!timestamp")]
    [InlineData("!!set {a, b}", "!!set")]
    [InlineData("!!omap [a: 1]", "!!omap")]
    [InlineData("!!map x", "!!map")]
    [InlineData("!!seq x", "!!seq")]
    [InlineData("!!str\n    - a", "!!str")]
    public void A_tag_outside_the_core_schema_or_on_the_wrong_kind_of_node_is_a_positioned_error(string value, string shown)
    {
        var result = Read($"person:\n  name: Ada\n  title: {value}\n");
        Assert.Null(result.Cv);
        Single(result, Severity.Error, 3, 10, $"the YAML tag '{shown}' is not allowed");
    }

    [Fact]
    public void Core_schema_tags_are_accepted()
    {
        var result = Read("person: !!map\n  name: !!str Ada\n  title: ! Dr\n  research_interests: !!seq [a]\n" +
                          "publications:\n  - {kind: journal, title: T, authors: [Ada], venue: {name: V}, year: !!int 2021}\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2021, result.Cv!.Publications[0].Year);
    }

    /// <summary>The zero of every script whose digits .NET's \d matches, beyond ASCII.</summary>
    public static TheoryData<char> NonAsciiZeros()
    {
        var data = new TheoryData<char>();
        for (var c = (char)0x80; c < 0xFFFF; c++)
            if (char.GetNumericValue(c) == 0 && char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(NonAsciiZeros))]
    public void Only_ascii_digits_are_digits_in_every_date_year_and_number(char zero)
    {
        string Digits(string ascii) => new(ascii.Select(c => c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c).ToArray());
        var yaml = Person +
            $"last_updated: \"{Digits("2021-03-04")}\"\n" +
            $"awards:\n  - {{year: \"{Digits("2021")}\", title: A}}\n" +
            $"publications:\n  - {{kind: journal, title: T, authors: [Ada], venue: {{name: V}}, year: \"{Digits("2021")}\"}}\n" +
            $"talks:\n  - {{date: \"{Digits("2021")}\", event: E, title: T}}\n" +
            $"settings:\n  design: {{margin_mm: \"{Digits("20")}\"}}\n";
        var result = Read(yaml);
        Assert.Null(result.Cv);
        Assert.Equal([(3, 15), (5, 12), (7, 71), (9, 12), (11, 23)],
            result.Diagnostics.Where(d => d.IsError).Select(d => (d.Span.Line, d.Span.Column)));
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("0000-01-01")]
    [InlineData("0999-12-31")]
    [InlineData("0000-02-29")]
    public void A_year_before_1000_in_a_date_is_a_positioned_error(string date)
    {
        Single(Read(Talk(date)), Severity.Error, 4, 11, "has an impossible year");
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("0000-2020")]
    [InlineData("2020-0000")]
    public void A_year_before_1000_in_a_year_range_is_a_positioned_error(string year)
    {
        var result = Read(Person + $"awards:\n  - year: {year}\n    title: A\n");
        Assert.Null(result.Cv);
        Assert.Contains(result.Diagnostics, d => d.IsError && (d.Span.Line, d.Span.Column) == (4, 11));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData(".nan")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData("1e999")]
    [InlineData("∞")]
    [InlineData("0x14")]
    [InlineData("20mm")]
    public void Margin_and_font_size_must_be_finite_decimal_numbers(string value)
    {
        foreach (var field in new[] { "margin_mm", "font_size" })
        {
            var result = Read(Person + $"settings:\n  design:\n    {field}: {value}\n");
            Single(result, Severity.Error, 5, 7 + field.Length, $"'{field}' must be a number from");
        }
    }

    [Theory]
    [InlineData("1e1", 10.0)]
    [InlineData("+12.5", 12.5)]
    [InlineData(".5e2", 50.0)]
    public void Ordinary_decimal_numbers_are_still_read(string value, double expected)
    {
        var result = Read(Person + $"settings:\n  design:\n    margin_mm: {value}\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(expected, result.Cv!.Settings.Design.MarginMm);
    }

    /// <summary>Every character that must never reach the model: C0 but tab and line feed, DEL, C1, bidi embeddings, overrides and isolates.</summary>
    public static TheoryData<char> ControlCharacters()
    {
        var data = new TheoryData<char>();
        for (var c = '\0'; c <= '\u009F'; c++)
            if (c is < ' ' and not ('\t' or '\n') or >= '\u007F') data.Add(c);
        foreach (var c in "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069") data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void A_control_character_in_a_value_is_reported_at_the_value_and_never_kept(char c)
    {
        var escaped = "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        var result = Read($"person:\n  name: Ada\n  title: \"Pro{escaped}fessor\"\n");
        var bidi = c >= '\u2000';
        var d = Single(result, bidi ? Severity.Warning : Severity.Error, 3, 10, $"U+{(int)c:X4}");
        Assert.Contains("at character 4", d.Message);
        if (bidi) Assert.Equal("Professor", result.Cv!.Person.Title);
        else Assert.Null(result.Cv);
    }

    [Theory]
    [InlineData("  title: Pro\u202Efessor\n", 13)]
    [InlineData("  title: 'Pro\u202Efessor'\n", 14)]
    [InlineData("  title: \"Pro\u202Efessor\"\n", 14)]
    public void A_bidi_control_written_as_is_is_reported_at_its_own_column(string line, int column)
    {
        var result = Read(Person + line);
        Single(result, Severity.Warning, 3, column, "U+202E (RIGHT-TO-LEFT OVERRIDE) at character 4");
        Assert.Equal("Professor", result.Cv!.Person.Title);
    }

    [Fact]
    public void Bidi_controls_reach_no_output_of_any_command()
    {
        using var dir = new TempFolder();
        var cv = dir.Write("cv.yaml", File.ReadAllText(ExamplePath)
            .Replace("title: Postdoctoral Fellow", "title: \"Post\\u202Edoctoral \\u2066Fellow\\u2069\"", StringComparison.Ordinal));
        Assert.Contains("\\u202E", File.ReadAllText(cv));
        foreach (var command in new[] { "text", "markdown", "bibtex" })
        {
            var (code, stdout, stderr) = CliRunner.Run(command, cv, "-o", "-");
            Assert.True(code == 0, stderr);
            Assert.Contains("RIGHT-TO-LEFT OVERRIDE", stderr);
            Assert.DoesNotContain(stdout, c => TextScreen.IsBidiControl(c) || TextScreen.IsForbidden(c) && c is not ('\t' or '\n'));
        }
        Assert.Contains("Postdoctoral Fellow", CliRunner.Run("text", cv, "-o", "-").Out);
    }

    [Fact]
    public void Windows_line_endings_are_line_breaks_not_control_characters()
    {
        var yaml = (Person + "talks:\n  - date: 2020\n    event: Seminar\n    title: T\n    abstract: |\n      one\n      two\n").Replace("\n", "\r\n");
        var result = Read(yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("one\ntwo", result.Cv!.Talks[0].Abstract);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_block_scalars_stay_legal_and_kept()
    {
        var result = Read(Person + "talks:\n  - date: 2020\n    event: Seminar\n    title: T\n    abstract: |\n      one\n      \ttwo\n      three\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("one\n\ttwo\nthree", result.Cv!.Talks[0].Abstract);
    }

    [Property(MaxTest = 300)]
    public Property For_any_text_the_model_holds_no_control_or_bidi_character(string? text)
    {
        var result = Read(Person + "  title: " + YamlScalarWriter.Quoted(text ?? "") + "\n");
        var title = result.Cv?.Person.Title ?? "";
        return Clean(title).Label(title);
    }

    private static bool Clean(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (TextScreen.IsForbidden(s[i]) || TextScreen.IsBidiControl(s[i]) || char.IsSurrogate(s[i])) return false;
        }
        return true;
    }
}

using System.Text.RegularExpressions;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// Every warning of the BibTeX export names the place of the value it is about: the field in the CV's YAML, in an
/// included file, or in the .bib file of publications_from, never the entry's first line. Run through the real
/// command line (bibtex and build), reading the warning lines from standard error.
/// </summary>
public sealed partial class WarningPositionTests
{
    /// <summary>path:line:col: warning: entry 'key', field 'f': 'c' (U+XXXX), ... ha(s|ve) no LaTeX spelling ...</summary>
    [GeneratedRegex(@"^(?<file>.+):(?<line>\d+):(?<col>\d+): warning: entry '(?<key>[^']*)', field '(?<field>[^']+)': (?<chars>.+?) (has|have) no LaTeX spelling")]
    private static partial Regex WarningLine();

    [GeneratedRegex(@"'(.+?)' \(U\+[0-9A-F]{4,6}\)")]
    private static partial Regex Character();

    private sealed record Warning(string File, int Line, int Column, string Key, string Field, IReadOnlyList<string> Characters);

    private static List<Warning> Warnings(string stderr) =>
        [.. stderr.Split('\n').Select(l => WarningLine().Match(l)).Where(m => m.Success).Select(m => new Warning(
            m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["key"].Value, m.Groups["field"].Value,
            [.. Character().Matches(m.Groups["chars"].Value).Select(c => c.Groups[1].Value)]))];

    /// <summary>The value written at the warning's place: the rest of its line from its column.</summary>
    private static string ValueAt(Warning w) => File.ReadAllLines(w.File)[w.Line - 1][(w.Column - 1)..];

    /// <summary>One value of every field the export writes, each holding its own Han character (none repeats).</summary>
    private const string EveryField = """
        person: {name: 甲 Owner}
        publications:
          - kind: journal
            title: Title 乙
            authors: [丙 Author, {name: 丁 Second}, {organization: 戊 Consortium}]
            editors: [己 Editor]
            translators: [庚 Translator]
            venue: {name: Journal 辛, short: JS 壬}
            year: 2020
            volume: 癸
            number: 子
            pages: 丑
            series: Series 卯
            language: 辰
            awards: [Award 巳, Award 午]
            note: Note 未
            abstract: Abstract 申
          - kind: conference
            title: Paper
            authors: [Ann Author]
            venue: Conference 酉
            publisher: Publisher 寅
            year: 2021
            place: Place 戌
            isbn: 亥
            chapter: 一
            event_location: Venue 二
          - kind: thesis
            title: Thesis
            authors: [Ann Author]
            institution: University 三
            thesis_type: phd
            year: 2019
          - kind: preprint
            title: Preprint
            authors: [Ann Author]
            status: Under review 四
            venue: Venue 五
        patents:
          - {title: Patent 六, inventors: [七 Inventor], number: '8', office: 九, assignee: Acme Corp, year: 2020}
        talks:
          - {date: 2021-03-04, event: Event 百, title: Talk 千, location: Place 万, note: Note 亿}
          - {date: 2022, host: Host 兆}
        """;

    [Fact]
    public void Every_warning_of_the_bibtex_command_points_at_the_value_holding_its_characters()
    {
        using var dir = new TempFolder();
        var cv = dir.Write("cv.yaml", EveryField);
        var (exit, _, stderr) = CliRunner.Run("bibtex", cv, "--include-talks", "--abstracts", "-o", dir.File("cv.bib"));
        Assert.Equal(0, exit);
        var warnings = Warnings(stderr);
        // Every Han character of the file is reported once (each is in one value only), at that value; the owner's
        // name is the author of both talks, so twice.
        var expected = Regex.Matches(EveryField, @"\p{IsCJKUnifiedIdeographs}").Select(m => m.Value).Append("甲").ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), warnings.SelectMany(w => w.Characters).Order(StringComparer.Ordinal));
        Assert.All(warnings, w =>
        {
            Assert.Equal(cv, w.File);
            Assert.All(w.Characters, c => Assert.Contains(c, ValueAt(w), StringComparison.Ordinal));
            // A value, never an entry ("kind: journal ...", "{title: Patent ...}").
            Assert.DoesNotMatch(@"^(\{|kind:)", ValueAt(w));
        });
        // One line per value: two awards are two warnings of the one note field.
        Assert.Equal(2, warnings.Count(w => w.Field == "note" && w.Characters.Any(c => c is "巳" or "午")));
        Assert.Equal(warnings.Count, warnings.Select(w => (w.Line, w.Column, w.Field, w.Key)).Distinct().Count());
    }

    [Fact]
    public void Warnings_name_the_field_each_character_went_to()
    {
        using var dir = new TempFolder();
        var cv = dir.Write("cv.yaml", EveryField);
        var warnings = Warnings(CliRunner.Run("bibtex", cv, "--include-talks", "--abstracts", "-o", dir.File("cv.bib")).Err);
        string FieldOf(string c) => Assert.Single(warnings, w => w.Characters.Contains(c)).Field;
        Assert.Equal("title", FieldOf("乙"));
        Assert.Equal("author", FieldOf("丙"));
        Assert.Equal("author", FieldOf("戊"));
        Assert.Equal("editor", FieldOf("己"));
        Assert.Equal("translator", FieldOf("庚"));
        Assert.Equal("journal", FieldOf("辛"));
        Assert.Equal("journal", FieldOf("壬"));
        Assert.Equal("booktitle", FieldOf("酉"));
        Assert.Equal("school", FieldOf("三"));
        Assert.Equal("note", FieldOf("四"));
        Assert.Equal("note", FieldOf("五"));
        Assert.Equal("abstract", FieldOf("申"));
        Assert.Equal("note", FieldOf("九"));
        Assert.Equal("howpublished", FieldOf("万"));
        Assert.Equal("title", FieldOf("兆"));
        // The talks' author is the CV's owner: at person.name.
        Assert.All(warnings.Where(w => w.Characters.Contains("甲")), w => Assert.Equal((1, "author"), (w.Line, w.Field)));
        Assert.Equal(2, warnings.Count(w => w.Characters.Contains("甲")));
    }

    [Fact]
    public void A_publication_read_from_a_bib_file_is_reported_in_the_bib_and_its_override_in_the_yaml()
    {
        using var dir = new TempFolder();
        var bib = dir.Write("refs.bib", """
            @article{yamada2019,
              author  = {Yamada, Taro and 李, 明},
              title   = {A study of 山},
              journal = {Journal of 日本},
              year    = {2019},
              note    = {賞 winner}
            }
            """);
        var cv = dir.Write("cv.yaml", """
            person: {name: Taro Yamada}
            publications_from: [refs.bib]
            publication_overrides:
              - {key: yamada2019, awards: [Best 論文]}
            """);
        var (exit, _, stderr) = CliRunner.Run("bibtex", cv, "-o", dir.File("out.bib"));
        Assert.Equal(0, exit);
        var warnings = Warnings(stderr);
        Warning Of(string c) => Assert.Single(warnings, w => w.Characters.Contains(c));
        // Each at its value's opening brace in the .bib.
        Assert.Equal((bib, 2, 13, "author"), (Of("李").File, Of("李").Line, Of("李").Column, Of("李").Field));
        Assert.Equal((bib, 3, 13, "title"), (Of("山").File, Of("山").Line, Of("山").Column, Of("山").Field));
        Assert.Equal((bib, 4, 13, "journal"), (Of("日").File, Of("日").Line, Of("日").Column, Of("日").Field));
        Assert.Equal((bib, 6, 13, "note"), (Of("賞").File, Of("賞").Line, Of("賞").Column, Of("賞").Field));
        // The award the override adds is in the note too, but written in the YAML.
        Assert.Equal((cv, 4, 32, "note"), (Of("論").File, Of("論").Line, Of("論").Column, Of("論").Field));
        Assert.Equal(5, warnings.Count);
    }

    [Fact]
    public void A_publication_in_an_included_file_is_reported_in_that_file()
    {
        using var dir = new TempFolder();
        var part = dir.Write("parts/papers.yaml", """
            publications:
              - kind: journal
                title: 山 Paper
                authors: [A B]
                venue: J
                year: 2020
            """);
        var cv = dir.Write("cv.yaml", """
            person: {name: A B}
            include: [parts/papers.yaml]
            """);
        var (exit, _, stderr) = CliRunner.Run("bibtex", cv, "-o", dir.File("out.bib"));
        Assert.Equal(0, exit);
        var warning = Assert.Single(Warnings(stderr));
        Assert.Equal((3, 12, "title"), (warning.Line, warning.Column, warning.Field));
        Assert.EndsWith(Path.Combine("parts", "papers.yaml"), warning.File, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_command_reports_the_same_positions_as_the_bibtex_command()
    {
        using var dir = new TempFolder();
        var cv = dir.Write("cv.yaml", EveryField);
        dir.Write("cvbuild.yaml", """
            cv: cv.yaml
            outputs:
              - format: bibtex
                path: out.bib
                options: {include_talks: true, abstracts: true}
            """);
        var built = CliRunner.Run("build", "--config", dir.File("cvbuild.yaml"));
        Assert.Equal(0, built.Exit);
        var single = CliRunner.Run("bibtex", cv, "--include-talks", "--abstracts", "-o", dir.File("cv.bib"));
        var fromBuild = Warnings(built.Err).Select(w => (Path.GetFileName(w.File), w.Line, w.Column, w.Field, string.Concat(w.Characters))).ToList();
        Assert.NotEmpty(fromBuild);
        Assert.Equal(Warnings(single.Err).Select(w => (Path.GetFileName(w.File), w.Line, w.Column, w.Field, string.Concat(w.Characters))), fromBuild);
    }

    [Fact]
    public void With_ascii_the_warnings_keep_their_places_and_say_question_mark()
    {
        using var dir = new TempFolder();
        var cv = dir.Write("cv.yaml", EveryField);
        var (exit, _, stderr) = CliRunner.Run("bibtex", cv, "--dialect", "biblatex", "--ascii", "-o", dir.File("cv.bib"));
        Assert.Equal(0, exit);
        var title = Assert.Single(Warnings(stderr), w => w.Characters.Contains("乙"));
        Assert.Equal((4, 12), (title.Line, title.Column));
        Assert.Contains("written as '?'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cv_built_in_code_has_its_warnings_at_the_entry()
    {
        var paper = TestData.Paper("山", "A B") with { Source = new SourceSpan("made.yaml", 7, 3) };
        var export = BibTeXWriter.Export(TestData.CvOf(paper), new BibTeXOptions());
        var warning = Assert.Single(export.Diagnostics);
        Assert.Equal(new SourceSpan("made.yaml", 7, 3), warning.Span);
    }
}

using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Validation;
using CvBuild.TestSupport;

namespace CvBuild.BibTeX.Tests;

/// <summary>The real-world failure reports in Fixtures/cases, each turned into the outcome that is right.</summary>
public sealed class RealWorldCaseTests
{
    private static Cv Case(string name)
    {
        var result = CvReader.ReadFile(Path.Combine(TestData.TestDir(), "Fixtures", "cases", name));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    private static string Field(string bib, string key, string field) =>
        bib.Split("\n@")
            .Single(e => e.Contains("{" + key + ",", StringComparison.Ordinal))
            .Split('\n').Single(l => l.TrimStart().StartsWith(field + " ", StringComparison.Ordinal)).Split(" = ", 2)[1].TrimEnd(',');

    [ToolFact("bibtex")]
    public void Plain_keeps_acronyms_and_symbols_as_written_and_lowers_ordinary_words()
    {
        var bib = BibTeXWriter.Write(Case("15-protected-capitals.yaml"), BibTeXOptions.Default);
        var bbl = string.Join(' ', TexTools.Bbl(bib).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var kept in new[] { "{BERT}: Pre-training of deep bidirectional transformers.", "{HermiT}: An {OWL} 2 reasoner for {iPhone} and {macOS}",
                     "{mRNA}, {pH} and {CO2}: {3D} {U-Net} and {ResNet-50} on {X-ray} data in {C}++ and {R}",
                     "Solving {PDEs} with {Fourier} features: The {Gauss–Bayes} view".Replace("–", "--", StringComparison.Ordinal) })
            Assert.Contains(kept, bbl);
        // Ordinary capitalised words are not braced: the style lowers them, as it should.
        Assert.DoesNotContain("{Data}", bib);
        Assert.DoesNotContain("{Pre-training}", bib);
        Assert.DoesNotContain("{Features}", bib);
    }

    [Fact]
    public void Keys_differing_only_in_case_never_reach_bibtex_and_check_reports_them()
    {
        var cv = Case("20-duplicate-keys.yaml");
        var keys = BibTeXWriter.Write(cv, BibTeXOptions.Default).Split('\n').Where(l => l.StartsWith('@')).Select(l => l[(l.IndexOf('{') + 1)..^1]).ToList();
        Assert.Equal(["lee2021deepb", "lee2021deepc", "lee2021deep", "LEE2021DEEPA", "lee2021deepd"], keys);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        // Explicit keys that differ only in case are an error in 'check'.
        var clash = cv with { Publications = [.. cv.Publications, cv.Publications[0] with { Title = "Other", Key = "Lee2021Deep", Source = new SourceSpan("cv.yaml", 40, 5) }] };
        var d = Assert.Single(CvValidator.Validate(clash), x => x.IsError);
        Assert.Equal("cv.yaml:40:5: error: BibTeX key 'Lee2021Deep' is the key 'lee2021deep' (line 14) in another letter case; BibTeX ignores case, so keys must differ in more than case", d.ToString());
    }

    [Fact]
    public void Organisations_and_braced_names_stay_whole_and_others_stays_bare()
    {
        var bib = BibTeXWriter.Write(Case("21-corporate-authors.yaml"), BibTeXOptions.Default);
        Assert.Contains("= {{ATLAS Collaboration} and Kowalska, Marta and others}", bib);
        Assert.Contains("= {{Institute of Electrical and Electronics Engineers} and Kowalska, Marta}", bib);
        Assert.Contains("{OEIS Foundation Inc.}", bib);
        var braced = BibTeXWriter.Write(TestData.CvOf(TestData.Paper("T", "{Deutscher Bundestag}", "Noam Razin")), BibTeXOptions.Default);
        Assert.Contains("= {{Deutscher Bundestag} and Razin, Noam}", braced);
    }

    [ToolFact("pdflatex", "bibtex")]
    public void Invisible_characters_are_dropped_and_no_break_spaces_split_names()
    {
        var cv = Case("23-invisible-spaces.yaml");
        var export = BibTeXWriter.Export(cv, BibTeXOptions.Default);
        Assert.Empty(export.Diagnostics);
        var key = export.Text.Split('\n').First(l => l.StartsWith('@'))[(export.Text.Split('\n').First(l => l.StartsWith('@')).IndexOf('{') + 1)..^1];
        Assert.Equal("{Hyperparameter Search for Supercalifragilisticexpialidocious Models at 10~km Scale!}", Field(export.Text, key, "title"));
        Assert.Equal("{Dupont, Jean and Prado, AnaLuz}", Field(export.Text, key, "author"));
        Assert.Equal("dupont2022hyperparameter", key);
        // The owner, written with a no-break space both in person.name and in the author list, is found.
        Assert.DoesNotContain(CvValidator.Validate(cv), d => d.Message.Contains("not among the authors", StringComparison.Ordinal));
        Assert.True(cv.Person.IsOwner("Jean Dupont"));
        Assert.Empty(TexTools.Compile(export.Text, biblatex: false));
    }

    [Fact]
    public void Cjk_names_keep_family_name_first_and_keys_do_not_depend_on_position()
    {
        var cv = Case("09-cjk-names.yaml");
        var biblatex = BibTeXWriter.Write(cv, new BibTeXOptions { Dialect = BibDialect.BibLaTeX });
        Assert.Contains("= {山田, 太郎 and {王小明}}", biblatex);
        Assert.DoesNotContain("anon", biblatex);
        var keys = Keys(biblatex);
        var reordered = Keys(BibTeXWriter.Write(cv with { Publications = [.. cv.Publications.Reverse()] }, new BibTeXOptions { Dialect = BibDialect.BibLaTeX }));
        Assert.Equal(keys.Order(), reordered.Order());
        // The bibtex dialect cannot spell Han or Hangul for pdflatex: kept as UTF-8, and one warning per field.
        var bibtex = BibTeXWriter.Export(cv, BibTeXOptions.Default);
        Assert.Contains("山田, {\\relax太}郎", bibtex.Text);
        Assert.Contains(bibtex.Diagnostics, d => d.Message.Contains("field 'author': '王' (U+738B)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bibtex_command_reports_unspellable_characters_with_entry_field_and_the_value_s_place()
    {
        using var dir = new TempFolder();
        var cv = dir.File("cv.yaml");
        File.Copy(Path.Combine(TestData.TestDir(), "Fixtures", "cases", "09-cjk-names.yaml"), cv);
        var (exit, _, stderr) = CliRunner.Run("bibtex", cv);
        Assert.Equal(0, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The second paper's first author, "山田 太郎" in "authors: [山田 太郎, 王小明]" on line 14.
        Assert.Contains(lines, l => l.StartsWith($"{cv}:14:15: warning: entry '", StringComparison.Ordinal) && l.Contains("field 'author': '山' (U+5C71), '田' (U+7530), '太' (U+592A), '郎' (U+90CE) have", StringComparison.Ordinal));
        Assert.Contains("山田", File.ReadAllText(dir.File("cv.bib")), StringComparison.Ordinal);
    }

    private static List<string> Keys(string bib) =>
        bib.Split('\n').Where(l => l.StartsWith('@')).Select(l => l[(l.IndexOf('{') + 1)..^1]).ToList();

    [Fact]
    public void Cjk_family_first_names_round_trip_through_import()
    {
        var paper = TestData.Paper("T", "山田 太郎", "Noam Razin");
        var bib = BibTeXWriter.Write(TestData.CvOf(paper), new BibTeXOptions { Dialect = BibDialect.BibLaTeX });
        var import = Import.BibTeXImporter.Import(bib, "refs.bib");
        Assert.Equal(["山田 太郎", "Noam Razin"], import.Publications[0].Authors.Select(a => a.Name));
    }
}

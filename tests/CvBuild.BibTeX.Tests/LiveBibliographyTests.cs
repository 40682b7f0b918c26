using CvBuild.BibTeX.Import;
using CvBuild.Cli;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using static CvBuild.TestSupport.CliRunner;

namespace CvBuild.BibTeX.Tests;

/// <summary>publications_from: a CV reading its publications from .bib files at every build, with overrides by key.</summary>
public sealed class LiveBibliographyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Bib = """
        @article{lovelace1843notes,
          author = {Lovelace, Ada and Babbage, Charles},
          title = {Notes on the Analytical Engine},
          journal = {Scientific Memoirs},
          year = {1843},
        }

        @inproceedings{lovelace1844engine,
          author = {Lovelace, Ada},
          title = {On the Engine},
          booktitle = {Proceedings of the Royal Society},
          year = {1844},
        }
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return path;
    }

    private string Cv(string extra) => Write("cv.yaml", "person:\n  name: Ada Lovelace\npublications_from: [refs/papers.bib]\n" + extra);

    private static ReadResult Read(string path) => CvReader.ReadFile(path, BibFileSource.Instance);


    [Fact]
    public void Bib_entries_follow_the_yaml_publications_and_keep_their_place_in_the_bib()
    {
        Write("refs/papers.bib", Bib);
        var cv = Cv("publications:\n  - {kind: journal, title: A YAML paper, authors: [Ada Lovelace], year: 1850}\n");
        var result = Read(cv);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pubs = result.Cv!.Publications;
        Assert.Equal(["A YAML paper", "Notes on the Analytical Engine", "On the Engine"], pubs.Select(p => p.Title));
        Assert.Equal(PublicationKind.Conference, pubs[2].Kind);
        Assert.Equal("lovelace1844engine", pubs[2].Key);
        Assert.Equal(Path.Combine(_temp.Path, "refs", "papers.bib"), pubs[2].Source!.File);
        Assert.Equal(8, pubs[2].Source!.Line);
        Assert.Contains(Path.Combine(_temp.Path, "refs", "papers.bib"), result.Inputs);
    }

    [Fact]
    public void Overrides_by_key_set_selection_kind_awards_and_equal_contribution()
    {
        Write("refs/papers.bib", Bib);
        var cv = Cv("""
            publication_overrides:
              - key: LOVELACE1843NOTES
                selected: true
                kind: workshop
                awards: [Best note award]
                equal_contribution: [Charles Babbage, ada lovelace]
                status: to appear
              - key: lovelace1844engine
                exclude: true
            """);
        var result = Read(cv);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var p = Assert.Single(result.Cv!.Publications);
        Assert.True(p.Selected);
        Assert.Equal(PublicationKind.Workshop, p.Kind);
        Assert.Equal(["Best note award"], p.Awards);
        Assert.Equal("to appear", p.Status);
        Assert.All(p.Authors, a => Assert.True(a.Equal));
    }

    [Fact]
    public void An_override_of_a_key_no_bib_has_is_an_error_at_its_line_with_a_suggestion()
    {
        Write("refs/papers.bib", Bib);
        var cv = Cv("publication_overrides:\n  - key: lovelace1843note\n    selected: true\n");
        var d = Assert.Single(Read(cv).Diagnostics, d => d.IsError);
        Assert.Equal((cv, 5, 10), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Contains("did you mean 'lovelace1843notes'", d.Message);
    }

    [Fact]
    public void An_equal_contribution_name_that_is_not_an_author_is_an_error_at_the_item()
    {
        Write("refs/papers.bib", Bib);
        var cv = Cv("publication_overrides:\n  - key: lovelace1843notes\n    equal_contribution:\n      - Charles Babage\n");
        var d = Assert.Single(Read(cv).Diagnostics, d => d.IsError);
        Assert.Equal((7, 9), (d.Span.Line, d.Span.Column));
        Assert.Contains("did you mean 'Charles Babbage'", d.Message);
    }

    [Fact]
    public void A_syntax_error_in_the_bib_is_reported_at_the_bib_line_and_column_by_check()
    {
        Write("refs/papers.bib", Bib.Replace("title = {On the Engine},", "title = {On the Engine,"));
        var cv = Cv("");
        var (code, _, err) = Run("check", cv);
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Matches(@"refs[/\\]papers\.bib:\d+:\d+: error: ", err);
        Assert.DoesNotContain("Exception", err);
    }

    [Fact]
    public void A_missing_bib_is_an_error_at_the_line_that_names_it()
    {
        var cv = Cv("");
        var (code, _, err) = Run("check", cv);
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains($"{cv}:3:21: error: the .bib file 'refs/papers.bib' does not exist", err);
    }

    [Fact]
    public void A_yaml_publication_repeated_in_the_bib_is_a_duplicate()
    {
        Write("refs/papers.bib", Bib);
        // The same work: title, kind, venue and year all agree (a journal version of it would be another work).
        var cv = Cv("publications:\n  - {kind: conference, title: On the Engine, authors: [Ada Lovelace], venue: {name: Proceedings of the Royal Society}, year: 1844}\n");
        Assert.Contains(Read(cv).Diagnostics, d => d.IsError && d.Message.Contains("listed twice"));
    }

    [Fact]
    public void No_command_overwrites_a_bib_the_cv_reads()
    {
        var bib = Write("refs/papers.bib", Bib);
        var cv = Cv("");
        var (code, _, err) = Run("bibtex", cv, "-o", bib);
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("which would be overwritten", err);
        Assert.Equal(Bib, File.ReadAllText(bib));
    }

    [Fact]
    public void Build_check_follows_the_bib()
    {
        var bib = Write("refs/papers.bib", Bib);
        Cv("");
        var config = Write("cvbuild.yaml", "cv: cv.yaml\ncreate_directories: true\noutputs:\n  - {format: text, path: out/cv.txt}\n");
        Assert.Equal(0, Run("build", "--config", config).Exit);
        Assert.Equal(0, Run("build", "--config", config, "--check").Exit);
        File.WriteAllText(bib, Bib.Replace("On the Engine", "On the Difference Engine"));
        var (code, output, _) = Run("build", "--config", config, "--check");
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("stale", output);
        Assert.Equal(0, Run("build", "--config", config).Exit);
        Assert.Contains("On the Difference Engine", File.ReadAllText(Path.Combine(_temp.Path, "out", "cv.txt")));
    }
}

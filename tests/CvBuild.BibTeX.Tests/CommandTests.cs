using CvBuild.Cli;
using CvBuild.Core.Reading;
using static CvBuild.TestSupport.CliRunner;

namespace CvBuild.BibTeX.Tests;

/// <summary>The two commands end to end, through the same entry point as the executable.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();


    private string CopyExample()
    {
        var path = Path.Combine(_temp.Path, "cv.yaml");
        File.Copy(TestData.ExampleCvPath, path);
        return path;
    }

    [Fact]
    public void Bibtex_writes_beside_the_cv_by_default()
    {
        var cv = CopyExample();
        var (code, output, _) = Run("bibtex", cv);
        Assert.Equal(0, code);
        Assert.Contains("17 publications, 3 patents", output);
        Assert.Equal(BibTeXWriter.Write(TestData.ExampleCv(), BibTeXOptions.Default), File.ReadAllText(Path.Combine(_temp.Path, "cv.bib")));
    }

    [Fact]
    public void Bibtex_options_reach_the_writer()
    {
        var cv = CopyExample();
        var target = Path.Combine(Directory.CreateDirectory(Path.Combine(_temp.Path, "out")).FullName, "pubs.bib");
        var (code, _, _) = Run("bibtex", cv, "-o", target, "--dialect", "biblatex", "--ascii", "--abstracts", "--include-talks", "--equal-note");
        Assert.Equal(0, code);
        var expected = BibTeXWriter.Write(TestData.ExampleCv(),
            new BibTeXOptions { Dialect = BibDialect.BibLaTeX, Ascii = true, Abstracts = true, IncludeTalks = true, EqualNote = true });
        Assert.Equal(expected, File.ReadAllText(target));
    }

    [Fact]
    public void An_unknown_dialect_is_a_usage_error()
    {
        var (code, _, err) = Run("bibtex", CopyExample(), "--dialect", "ris");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("ris", err);
    }

    [Fact]
    public void A_broken_cv_writes_nothing()
    {
        var cv = Path.Combine(_temp.Path, "bad.yaml");
        File.WriteAllText(cv, "person: {}\n");
        var (code, _, err) = Run("bibtex", cv);
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("error", err);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "bad.bib")));
    }

    [Fact]
    public void Import_writes_yaml_to_stdout_and_problems_to_stderr()
    {
        var bib = Path.Combine(_temp.Path, "dblp.bib");
        File.WriteAllText(bib, TestData.Fixture("dblp.bib"));
        var (code, output, err) = Run("import", "bibtex", bib);
        Assert.Equal(0, code);
        Assert.StartsWith("# Imported by cvbuild from dblp.bib: 3 publications, 0 patents.", output);
        Assert.Contains("dblp.bib:16:3: warning: field 'timestamp' is not imported", err);
        Assert.Contains("0 errors, 9 warnings", err);
        Assert.True(CvReader.Parse(output, "x.yaml").Succeeded);
    }

    [Fact]
    public void Import_to_a_file_gives_a_cv_that_check_accepts_and_exports_again()
    {
        var bib = Path.Combine(_temp.Path, "scholar.bib");
        File.WriteAllText(bib, TestData.Fixture("scholar.bib"));
        var yaml = Path.Combine(_temp.Path, "pubs.yaml");
        Assert.Equal(0, Run("import", "bibtex", bib, "-o", yaml, "--person", "Noam Razin").Exit);
        var (code, output, err) = Run("check", yaml);
        Assert.True(code == 0, err);
        Assert.Contains("4 publications, 1 patent", output);
        Assert.Equal(0, Run("bibtex", yaml).Exit);
        Assert.Contains("@inproceedings{razin2021implicit,", File.ReadAllText(Path.Combine(_temp.Path, "pubs.bib")));
    }

    [Fact]
    public void Import_of_a_file_with_syntax_errors_exits_1_but_keeps_the_good_entries()
    {
        var bib = Path.Combine(_temp.Path, "messy.bib");
        File.WriteAllText(bib, TestData.Fixture("messy.bib"));
        var (code, output, err) = Run("import", "bibtex", bib);
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("1 error, 6 warnings", err);
        Assert.Equal(3, CvReader.Parse(output, "x.yaml").Cv!.Publications.Count);
    }

    [Fact]
    public void Import_of_a_missing_file_is_an_error()
    {
        var (code, _, err) = Run("import", "bibtex", Path.Combine(_temp.Path, "none.bib"));
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("file not found", err);
    }
}

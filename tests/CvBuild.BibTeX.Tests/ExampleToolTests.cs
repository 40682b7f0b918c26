using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.TestSupport;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// Every example CV (the physicist, the humanities scholar, the senior professor, ...) exports to a .bib that the
/// real tools accept without a single warning: bibtex with plain, unsrt, alpha and abbrv, and biber's data-model
/// validation of the biblatex dialect, with and without every option.
/// </summary>
public sealed class ExampleToolTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in TestData.ExampleCvPaths()) data.Add(Path.GetRelativePath(TestData.RepoRoot, f));
        return data;
    }

    public static TheoryData<string, string> ExamplesAndStyles()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in TestData.ExampleCvPaths())
            foreach (var style in new[] { "plain", "unsrt", "alpha", "abbrv" })
                data.Add(Path.GetRelativePath(TestData.RepoRoot, f), style);
        return data;
    }

    private static Cv Read(string relative)
    {
        var result = CvReader.ReadFile(Path.Combine(TestData.RepoRoot, relative));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    private static void Clean(IReadOnlyList<string> problems) => Assert.True(problems.Count == 0, string.Join("\n", problems));

    [ToolTheory("bibtex")]
    [MemberData(nameof(ExamplesAndStyles))]
    public void Every_example_passes_bibtex_in_every_standard_style_without_warnings(string cv, string style)
    {
        Clean(TexTools.Bibtex(BibTeXWriter.Write(Read(cv), BibTeXOptions.Default), style));
        Clean(TexTools.Bibtex(BibTeXWriter.Write(Read(cv), new BibTeXOptions { IncludeTalks = true, Abstracts = true, EqualNote = true }), style));
    }

    [ToolTheory("biber")]
    [MemberData(nameof(Examples))]
    public void Every_example_passes_biber_datamodel_validation(string cv)
    {
        Clean(TexTools.BiberValidate(BibTeXWriter.Write(Read(cv), new BibTeXOptions { Dialect = BibDialect.BibLaTeX })));
        Clean(TexTools.BiberValidate(BibTeXWriter.Write(Read(cv), new BibTeXOptions { Dialect = BibDialect.BibLaTeX, IncludeTalks = true, Abstracts = true, EqualNote = true })));
    }
}

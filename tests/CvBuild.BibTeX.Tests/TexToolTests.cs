using CvBuild.TestSupport;

namespace CvBuild.BibTeX.Tests;

/// <summary>The exported files pass the real tools without a single warning (see <see cref="TexTools"/>).</summary>
public sealed class TexToolTests
{
    public static TheoryData<string> Variants => ["bibtex", "biblatex", "bibtex-all", "biblatex-all", "biblatex-ascii"];

    private static void Clean(IReadOnlyList<string> problems) =>
        Assert.True(problems.Count == 0, string.Join("\n", problems));

    private static BibTeXOptions Options(string variant) => variant switch
    {
        "bibtex" => BibTeXOptions.Default,
        "biblatex" => new BibTeXOptions { Dialect = BibDialect.BibLaTeX },
        "bibtex-all" => new BibTeXOptions { Abstracts = true, IncludeTalks = true, EqualNote = true },
        "biblatex-all" => new BibTeXOptions { Dialect = BibDialect.BibLaTeX, Abstracts = true, IncludeTalks = true, EqualNote = true },
        _ => new BibTeXOptions { Dialect = BibDialect.BibLaTeX, Ascii = true },
    };

    [ToolTheory("biber")]
    [MemberData(nameof(Variants))]
    public void Example_cv_passes_biber_datamodel_validation(string variant)
    {
        var bib = BibTeXWriter.Write(TestData.ExampleCv(), Options(variant));
        Clean(TexTools.BiberValidate(bib));
    }

    [ToolTheory("bibtex")]
    [InlineData("bibtex")]
    [InlineData("bibtex-all")]
    public void Example_cv_passes_classic_bibtex_with_plain_without_warnings(string variant)
    {
        var bib = BibTeXWriter.Write(TestData.ExampleCv(), Options(variant));
        Clean(TexTools.Bibtex(bib));
    }

    [ToolTheory("bibtex")]
    [InlineData("unsrt")]
    [InlineData("alpha")]
    [InlineData("abbrv")]
    public void Example_cv_passes_the_other_standard_styles(string style)
    {
        Clean(TexTools.Bibtex(BibTeXWriter.Write(TestData.ExampleCv(), BibTeXOptions.Default), style));
    }

    [ToolFact("bibtex")]
    public void Plain_prints_acronyms_as_written_and_the_patent_number()
    {
        var bbl = TexTools.Bbl(BibTeXWriter.Write(TestData.ExampleCv(), BibTeXOptions.Default));
        Assert.Contains("{RecoBERT}: A catalog language model", bbl);
        Assert.Contains("U.S. Patent 16725652", bbl);
        Assert.Contains("Nimrod {De La Vega}", bbl);
    }

    [ToolFact("bibtex", "biber")]
    public void Random_publications_with_specials_pass_both_tools()
    {
        var cv = TestData.CvOf([.. RandomPublications.Many(new Random(20251125), 120)]);
        var bibtex = BibTeXWriter.Write(cv, BibTeXOptions.Default with { Abstracts = true, EqualNote = true });
        Clean(TexTools.Bibtex(bibtex));
        var biblatex = BibTeXWriter.Write(cv, new BibTeXOptions { Dialect = BibDialect.BibLaTeX, Abstracts = true });
        Clean(TexTools.BiberValidate(biblatex));
    }
}

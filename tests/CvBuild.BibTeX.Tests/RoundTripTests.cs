using CvBuild.BibTeX.Import;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// Export then import gives the publications back (title, authors, equal marks where the dialect carries
/// them, kind, year, venue as printed, links), the YAML written is a valid CV, and exporting what was
/// imported gives the same bytes.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Dialects => ["bibtex", "biblatex", "biblatex-ascii", "bibtex-equal-note"];

    private static BibTeXOptions Options(string dialect) => dialect switch
    {
        "bibtex" => BibTeXOptions.Default,
        "biblatex" => new BibTeXOptions { Dialect = BibDialect.BibLaTeX },
        "bibtex-equal-note" => new BibTeXOptions { EqualNote = true },
        _ => new BibTeXOptions { Dialect = BibDialect.BibLaTeX, Ascii = true },
    };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Example_cv_survives_export_and_import(string dialect) => RoundTrip(TestData.ExampleCv(), Options(dialect));

    /// <summary>Every example CV in cv-data/examples (the senior professor's patent has an assignee) and the corporate-authors case, in every dialect.</summary>
    public static TheoryData<string, string> ExamplesAndDialects()
    {
        var data = new TheoryData<string, string>();
        var files = Directory.GetFiles(Path.Combine(TestData.RepoRoot, "cv-data", "examples"), "*.yaml").Order(StringComparer.Ordinal)
            .Append(Path.Combine(TestData.RepoRoot, "cv-data", "examples", "senior-professor", "cv.yaml"))
            .Append(Path.Combine(TestData.TestDir(), "Fixtures", "cases", "21-corporate-authors.yaml"));
        foreach (var file in files)
            foreach (var dialect in Dialects)
                data.Add(file, dialect);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesAndDialects))]
    public void Example_cvs_survive_export_and_import_byte_for_byte(string file, string dialect)
    {
        var read = CvReader.ReadFile(file);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        RoundTrip(read.Cv! with { Talks = [] }, Options(dialect), Path.GetFileName(file) + ": ");
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Random_publications_survive_export_and_import(string dialect)
    {
        for (var seed = 1; seed <= 25; seed++)
        {
            var cv = TestData.CvOf([.. RandomPublications.Many(new Random(seed), 24)]);
            RoundTrip(cv, Options(dialect), $"seed {seed}: ");
        }
    }

    private static void RoundTrip(Cv cv, BibTeXOptions options, string context = "")
    {
        var bib = BibTeXWriter.Write(cv, options);
        var import = BibTeXImporter.Import(bib, "refs.bib");
        Assert.True(import.Errors == 0, context + string.Join("\n", import.Diagnostics));
        Assert.True(import.Warnings == 0, context + string.Join("\n", import.Diagnostics));
        Assert.Equal(cv.Publications.Count, import.Publications.Count);
        for (var i = 0; i < cv.Publications.Count; i++)
            AssertSame(cv.Publications[i], import.Publications[i], options, $"{context}publication {i} '{cv.Publications[i].Title}': ");
        Assert.Equal(cv.Patents.Count, import.Patents.Count);
        for (var i = 0; i < cv.Patents.Count; i++)
        {
            Assert.Equal(cv.Patents[i].Title, import.Patents[i].Title);
            Assert.Equal(cv.Patents[i].Inventors, import.Patents[i].Inventors);
            Assert.Equal(cv.Patents[i].Number, import.Patents[i].Number);
            Assert.Equal(cv.Patents[i].Office, import.Patents[i].Office);
            Assert.Equal(cv.Patents[i].Year, import.Patents[i].Year);
            // Only biblatex's @patent (a patent with a number) has a holder field.
            if (options.Dialect == BibDialect.BibLaTeX && cv.Patents[i].Number is not null)
                Assert.Equal(cv.Patents[i].Assignee, import.Patents[i].Assignee);
        }

        // The YAML is a CV the reader accepts, holding the same publications.
        var yaml = PublicationYamlWriter.Write(import, "refs.bib", cv.Person.Name);
        var read = CvReader.Parse(yaml, "imported.yaml");
        Assert.True(read.Succeeded, context + string.Join("\n", read.Diagnostics) + "\n" + yaml);
        Assert.Equal(import.Publications.Count, read.Cv!.Publications.Count);
        for (var i = 0; i < import.Publications.Count; i++)
            AssertSame(import.Publications[i], read.Cv.Publications[i], options with { Dialect = BibDialect.BibLaTeX }, $"{context}YAML publication {i}: ");

        // Exporting what was read back gives the same bytes.
        var again = BibTeXWriter.Write(cv with { Publications = read.Cv.Publications, Patents = read.Cv.Patents, Talks = [] }, options);
        Assert.Equal(bib, again);
    }

    private static void AssertSame(Publication expected, Publication actual, BibTeXOptions options, string context)
    {
        void Same<T>(T e, T a, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(e, a)) Assert.Fail($"{context}{what} differs: expected '{e}', got '{a}'");
        }
        Same(expected.Title, actual.Title, "title");
        Same(string.Join(" | ", expected.Authors.Select(a => a.Name)), string.Join(" | ", actual.Authors.Select(a => a.Name)), "authors");
        if (options.Dialect == BibDialect.BibLaTeX || options.EqualNote)
            Same(string.Join("", expected.Authors.Select(a => a.Equal ? '*' : '.')), string.Join("", actual.Authors.Select(a => a.Equal ? '*' : '.')), "equal marks");
        Same(expected.Kind, actual.Kind, "kind");
        Same(expected.Year, actual.Year, "year");
        Same(expected.Venue?.Display, actual.Venue?.Display, "venue");
        Same(expected.Links.Arxiv, actual.Links.Arxiv, "arxiv");
        Same(expected.Links.Doi, actual.Links.Doi, "doi");
        Same(expected.Links.Url, actual.Links.Url, "url");
        // An organisation stays one; a plain name that reads as one ("ATLAS Collaboration") is braced on export and comes back as one.
        for (var i = 0; i < Math.Min(expected.Authors.Count, actual.Authors.Count); i++)
            if (expected.Authors[i].Organization && !actual.Authors[i].Organization) Assert.Fail($"{context}author {i} '{expected.Authors[i].Name}' is no longer an organisation");
        Same(string.Join(" | ", expected.Editors.Select(a => a.Name)), string.Join(" | ", actual.Editors.Select(a => a.Name)), "editors");
        Same(string.Join(" | ", expected.Translators.Select(a => a.Name)), string.Join(" | ", actual.Translators.Select(a => a.Name)), "translators");
        Same(expected.Place, actual.Place, "place");
        Same(expected.Series, actual.Series, "series");
        Same(expected.Isbn, actual.Isbn, "isbn");
        Same(expected.Language, actual.Language, "language");
        Same(expected.Edition, actual.Edition, "edition");
        if (expected.Kind is PublicationKind.Thesis) Same(expected.ThesisType, actual.ThesisType, "thesis type");
        if (expected.Kind is PublicationKind.Thesis or PublicationKind.TechnicalReport) Same(expected.Institution, actual.Institution, "institution");
    }
}

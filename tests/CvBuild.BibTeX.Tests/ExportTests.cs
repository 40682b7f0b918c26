using CvBuild.BibTeX.Export;
using CvBuild.BibTeX.Import;
using CvBuild.Core.Model;
using CvBuild.TestSupport;

namespace CvBuild.BibTeX.Tests;

public sealed class ExportTests
{
    private static readonly BibTeXOptions BibLaTeX = new() { Dialect = BibDialect.BibLaTeX };

    [Fact]
    public void Example_cv_in_the_bibtex_dialect_matches_the_golden_file() =>
        Golden.Verify("cv.bibtex.bib", BibTeXWriter.Write(TestData.ExampleCv(), BibTeXOptions.Default));

    [Fact]
    public void Example_cv_in_the_biblatex_dialect_matches_the_golden_file() =>
        Golden.Verify("cv.biblatex.bib", BibTeXWriter.Write(TestData.ExampleCv(), BibLaTeX));

    [Fact]
    public void Example_cv_with_every_option_matches_the_golden_file() =>
        Golden.Verify("cv.biblatex-all.bib", BibTeXWriter.Write(TestData.ExampleCv(),
            BibLaTeX with { Abstracts = true, IncludeTalks = true, EqualNote = true, Ascii = true }));

    [Fact]
    public void Every_publication_and_patent_becomes_one_entry_in_cv_order()
    {
        var cv = TestData.ExampleCv();
        var bib = BibTeXWriter.Write(cv, BibTeXOptions.Default);
        var keys = bib.Split('\n').Where(l => l.StartsWith('@')).ToList();
        Assert.Equal(cv.Publications.Count + cv.Patents.Count, keys.Count);
        Assert.StartsWith("@inproceedings{razin2025what,", keys[0]);
        Assert.Contains("@phdthesis{razin2024understanding,", keys);
        Assert.Contains("@misc{cohen2024lecture,", keys);
    }

    [Fact]
    public void Month_comes_from_the_release_date_only_where_the_release_is_the_publication()
    {
        var paper = new Publication
        {
            Kind = PublicationKind.Conference, Title = "T", Authors = [new Author("Ada Lovelace")], Year = 2025,
            Venue = new Venue("NeurIPS", null), Date = new PartialDate(2025, 3, 2),
        };
        var cv = new Cv { Person = new Person { Name = "Ada Lovelace" }, Publications = [paper, paper with { Kind = PublicationKind.Preprint, Title = "U" }] };
        var bib = BibTeXWriter.Write(cv, BibTeXOptions.Default);
        var entries = bib.Split("\n@");
        Assert.DoesNotContain("month", entries[1]); // an arXiv date says nothing of when NeurIPS met
        Assert.Matches(@"month\s+= mar", entries[2]);
    }

    [Fact]
    public void Same_cv_gives_the_same_bytes()
    {
        var cv = TestData.ExampleCv();
        Assert.Equal(BibTeXWriter.Write(cv, BibLaTeX), BibTeXWriter.Write(TestData.ExampleCv(), BibLaTeX));
    }

    [Fact]
    public void Talks_are_exported_only_on_request()
    {
        var cv = TestData.ExampleCv();
        Assert.DoesNotContain("Invited talk", BibTeXWriter.Write(cv, BibTeXOptions.Default));
        var withTalks = BibTeXWriter.Write(cv, BibTeXOptions.Default with { IncludeTalks = true });
        Assert.Equal(cv.Publications.Count + cv.Patents.Count + cv.Talks.Count, withTalks.Split('\n').Count(l => l.StartsWith('@')));
        Assert.Contains("howpublished = {Invited talk", withTalks);
    }

    [Fact]
    public void Patents_are_misc_with_the_number_in_the_note_for_bibtex_and_patent_entries_for_biblatex()
    {
        var cv = TestData.ExampleCv();
        var bibtex = BibTeXWriter.Write(cv, BibTeXOptions.Default);
        Assert.Contains("@misc{barkan2022machine,", bibtex);
        Assert.Contains("note   = {U.S. Patent 16725652}", bibtex);
        var biblatex = BibTeXWriter.Write(cv, BibLaTeX);
        Assert.Contains("@patent{barkan2022machine,", biblatex);
        Assert.Contains("type   = {patentus}", biblatex);
        Assert.Contains("number = {16725652}", biblatex);
    }

    [Fact]
    public void A_patent_assignee_is_the_biblatex_holder_kept_whole_and_imported_back()
    {
        var patent = new Patent
        {
            Title = "Borehole Seismometer Mount", Inventors = ["Ming Li"], Number = "11223344", Office = "US", Year = 2022,
            Assignee = "Barnes and Noble, Inc.",
        };
        var cv = TestData.CvOf() with { Patents = [patent] };
        var biblatex = BibTeXWriter.Write(cv, BibLaTeX);
        // Braced whole: "and" and the comma would otherwise split or invert the name list.
        Assert.Contains("holder = {{Barnes and Noble, Inc.}}", biblatex);
        Assert.DoesNotContain("holder", BibTeXWriter.Write(cv, BibTeXOptions.Default));
        var import = BibTeXImporter.Import(biblatex, "refs.bib");
        Assert.Empty(import.Diagnostics);
        Assert.Equal("Barnes and Noble, Inc.", Assert.Single(import.Patents).Assignee);
        Assert.Equal(biblatex, BibTeXWriter.Write(cv with { Patents = import.Patents }, BibLaTeX));
    }

    [Fact]
    public void A_conference_paper_without_venue_is_misc_saying_what_it_is()
    {
        var paper = TestData.Paper() with { Venue = null };
        var bib = BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default);
        Assert.Contains("@misc{", bib);
        Assert.Contains("howpublished = {Conference Paper}", bib);
        Assert.DoesNotContain("booktitle", bib);
    }

    [Fact]
    public void Journal_articles_have_journal_volume_number_and_page_range()
    {
        var paper = TestData.Paper() with { Kind = PublicationKind.Journal, Venue = new Venue("JMLR", "Journal of Machine Learning Research"), Volume = "22", Number = "3", Pages = "1-35" };
        var bib = BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default);
        Assert.Contains("@article{", bib);
        Assert.Contains("journal = {Journal of Machine Learning Research (JMLR)}", bib);
        Assert.Contains("pages   = {1--35}", bib);
        Assert.Contains("journaltitle", BibTeXWriter.Write(TestData.CvOf(paper), BibLaTeX));
    }

    [Fact]
    public void Preprints_carry_the_arxiv_id_class_and_a_howpublished_line()
    {
        var paper = TestData.Paper() with { Kind = PublicationKind.Preprint, Venue = null, Links = new PublicationLinks { Arxiv = "2102.09972" }, Tags = ["cs.LG"] };
        var bibtex = BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default);
        Assert.Contains("howpublished  = {arXiv preprint arXiv:2102.09972}", bibtex);
        Assert.Contains("eprint        = {2102.09972}", bibtex);
        Assert.Contains("archivePrefix = {arXiv}", bibtex);
        Assert.Contains("primaryClass  = {cs.LG}", bibtex);
        var biblatex = BibTeXWriter.Write(TestData.CvOf(paper), BibLaTeX);
        Assert.Contains("eprinttype  = {arxiv}", biblatex);
        Assert.Contains("eprintclass = {cs.LG}", biblatex);
        Assert.DoesNotContain("howpublished", biblatex);
    }

    [Fact]
    public void Month_is_a_bare_macro_and_date_is_never_written()
    {
        var bib = BibTeXWriter.Write(TestData.CvOf(TestData.Paper() with { Month = 10 }), BibLaTeX);
        Assert.Contains("month     = oct", bib);
        Assert.DoesNotContain("date", bib);
    }

    [Fact]
    public void A_release_date_in_another_year_gives_no_month()
    {
        var bib = BibTeXWriter.Write(TestData.CvOf(TestData.Paper() with { Year = 2025, Date = new PartialDate(2024, 10, 14) }), BibTeXOptions.Default);
        Assert.DoesNotContain("month", bib);
    }

    [Fact]
    public void Equal_contribution_is_an_annotation_in_biblatex_and_a_note_on_request()
    {
        var paper = TestData.Paper() with { Authors = [new Author("Noam Razin", true), new Author("Asaf Maman", true), new Author("Nadav Cohen")] };
        Assert.Contains("author+an = {1=equal; 2=equal}", BibTeXWriter.Write(TestData.CvOf(paper), BibLaTeX));
        Assert.DoesNotContain("+an", BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default));
        var note = BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default with { EqualNote = true });
        Assert.Contains("note      = {Equal contribution: Noam Razin and Asaf Maman}", note);
    }

    [Fact]
    public void Status_awards_and_note_become_one_note()
    {
        var paper = TestData.Paper() with { Status = "to appear", Awards = ["Best paper award"], Note = "Oral presentation." };
        Assert.Contains("note      = {To appear. Best paper award. Oral presentation}", BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default));
    }

    [Fact]
    public void Abstracts_only_on_request()
    {
        var paper = TestData.Paper() with { Abstract = "We study 50% of things." };
        Assert.DoesNotContain("abstract", BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default));
        Assert.Contains("abstract  = {We study 50\\% of things.}", BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default with { Abstracts = true }));
    }

    [Fact]
    public void Urls_and_dois_are_not_escaped()
    {
        var paper = TestData.Paper() with { Links = new PublicationLinks { Url = "https://example.org/a_b?x=1&y=50%#top", Doi = "10.1000/a_b" } };
        var bib = BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default);
        Assert.Contains("url       = {https://example.org/a_b?x=1&y=50%#top}", bib);
        Assert.Contains("doi       = {10.1000/a_b}", bib);
    }

    [Theory]
    [InlineData("Thesis", "phd", "@phdthesis{", "school")]
    [InlineData("Thesis", "masters", "@mastersthesis{", "school")]
    [InlineData("TechnicalReport", null, "@techreport{", "institution")]
    public void Theses_and_reports_name_their_school(string kind, string? thesis, string type, string field)
    {
        var paper = TestData.Paper() with
        {
            Kind = Enum.Parse<PublicationKind>(kind),
            Venue = null,
            Institution = "Tel Aviv University",
            ThesisType = thesis switch { "phd" => ThesisType.PhD, "masters" => ThesisType.Masters, _ => null },
        };
        var bib = BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default);
        Assert.Contains(type, bib);
        Assert.Contains($"{field} = {{Tel Aviv University}}", bib.Replace("  =", " =").Replace("  =", " ="));
    }

    [Fact]
    public void Biblatex_theses_are_thesis_entries_with_a_type()
    {
        var paper = TestData.Paper() with { Kind = PublicationKind.Thesis, Venue = null, Institution = "Tel Aviv University", ThesisType = ThesisType.PhD };
        var bib = BibTeXWriter.Write(TestData.CvOf(paper), BibLaTeX);
        Assert.Contains("@thesis{", bib);
        Assert.Contains("type        = {phdthesis}", bib);
        Assert.Contains("institution = {Tel Aviv University}", bib);
    }
}

using CvBuild.BibTeX.Export;
using CvBuild.BibTeX.Import;
using CvBuild.Core.Model;
using CvBuild.TestSupport;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// The publication fields of issue 13 in BibTeX, both ways: undated work (pubstate), equal-contribution groups and
/// the corresponding author (author+an), the new kinds, thesis degrees, non-integer volumes, event dates and talk
/// labels; each checked in the text written, read back, and where it matters by the real tools.
/// </summary>
public sealed class PublicationStateAndKindTests
{
    private static readonly BibTeXOptions BibLaTeX = new() { Dialect = BibDialect.BibLaTeX };

    private static Publication Paper(PublicationKind kind, string title = "On Water", int? year = 2020) => new()
    {
        Kind = kind,
        Title = title,
        Authors = [new Author("Helena Marsh"), new Author("Jonas Weber")],
        Year = year,
    };

    /// <summary>The text with each field's alignment padding folded to one space ("type = {phdthesis}").</summary>
    private static string Fold(string bib) => System.Text.RegularExpressions.Regex.Replace(bib, @"(?m)^(  [a-z+]+) +=", "$1 =");

    private static Publication Single(string bib) => Assert.Single(BibTeXImporter.Import(bib, "x.bib").Publications);

    [Fact]
    public void Undated_work_gets_pubstate_and_an_unspecified_date_in_biblatex_and_no_year_anywhere()
    {
        var paper = Paper(PublicationKind.Journal, year: null) with { Venue = new Venue(null, "Nature Water"), Status = "under review" };
        var biblatex = Fold(BibTeXWriter.Write(TestData.CvOf(paper), BibLaTeX));
        Assert.Contains("pubstate = {under review}", biblatex);
        Assert.Contains("date = {XXXX}", biblatex);
        Assert.DoesNotContain("year", biblatex);
        var bibtex = Fold(BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default));
        Assert.Contains("@misc{", bibtex);
        Assert.Contains("howpublished = {Journal Article, Nature Water}", bibtex);
        Assert.Contains("note = {Under review}", bibtex);
        Assert.DoesNotContain("year", bibtex);
        foreach (var bib in new[] { biblatex, bibtex })
        {
            var back = Single(bib);
            Assert.Null(back.Year);
            Assert.Equal("under review", back.Status, ignoreCase: true);
            Assert.Equal(PublicationKind.Journal, back.Kind);
            Assert.Equal("Nature Water", back.Venue?.Display);
        }
    }

    [Theory]
    [InlineData("to appear", "forthcoming")]
    [InlineData("In press", "inpress")]
    [InlineData("in preparation", "inpreparation")]
    [InlineData("submitted", "submitted")]
    [InlineData("accepted with minor revisions", "accepted with minor revisions")]
    public void Statuses_biblatex_knows_are_written_as_its_pubstate_keys(string status, string pubstate)
    {
        Assert.Equal(pubstate, PublicationState.ToPubstate(status));
        Assert.Equal(status, PublicationState.FromPubstate(pubstate), ignoreCase: true);
    }

    [ToolFact("bibtex", "biber")]
    public void Undated_work_and_every_new_kind_pass_bibtex_and_biber_without_warnings()
    {
        var cv = TestData.CvOf(
            Paper(PublicationKind.Journal, "Submitted paper", null) with { Venue = new Venue(null, "Nature Water"), Status = "submitted" },
            Paper(PublicationKind.Book, "Book in preparation", null) with { Status = "in preparation" },
            Paper(PublicationKind.Thesis, "Untyped thesis", null) with { Institution = "TU Wien", Status = "submitted" },
            Paper(PublicationKind.BookReview, "Review of X") with { Venue = new Venue(null, "J. Hydrol."), Volume = "5" },
            Paper(PublicationKind.Editorial, "Editorial") with { Venue = new Venue(null, "J. Hydrol.") },
            Paper(PublicationKind.ConferenceAbstract, "Abstract") with { Venue = new Venue("EGU", "EGU General Assembly"), EventDates = "23–28 April 2023" },
            Paper(PublicationKind.Poster, "Poster") with { Venue = new Venue("AGU", "AGU Fall Meeting") },
            Paper(PublicationKind.Dataset, "Data") with { Venue = new Venue(null, "Zenodo"), Publisher = "CERN" },
            Paper(PublicationKind.Dataset, "Undated data", null) with { Status = "in preparation" },
            Paper(PublicationKind.Software, "Code") with { Venue = new Venue(null, "GitHub") },
            new Publication { Kind = PublicationKind.EditedBook, Title = "Edited", Authors = [], Editors = [new Author("Helena Marsh")], Publisher = "EUP", Year = 2018 },
            Paper(PublicationKind.Thesis, "Diploma") with { Institution = "TU Wien", ThesisType = ThesisType.Diploma },
            Paper(PublicationKind.Thesis, "Habil") with { Institution = "LMU", ThesisType = ThesisType.Habilitation },
            Paper(PublicationKind.Thesis, "No degree") with { Institution = "LMU" },
            Paper(PublicationKind.Journal, "Supplement") with { Venue = new Venue(null, "J. Hydrol."), Volume = "S7", Number = "2" },
            Paper(PublicationKind.Journal, "Double volume") with { Venue = new Venue(null, "J. Hydrol."), Volume = "33-34" });
        foreach (var style in new[] { "plain", "unsrt", "alpha", "abbrv" })
        {
            var problems = TexTools.Bibtex(BibTeXWriter.Write(cv, BibTeXOptions.Default with { EqualNote = true }), style);
            Assert.True(problems.Count == 0, style + ":\n" + string.Join("\n", problems));
        }
        var biber = TexTools.BiberValidate(BibTeXWriter.Write(cv, BibLaTeX));
        Assert.True(biber.Count == 0, string.Join("\n", biber));
    }

    [Fact]
    public void A_volume_that_is_not_an_integer_goes_to_number_in_biblatex_and_comes_back()
    {
        var paper = Paper(PublicationKind.Journal) with { Venue = new Venue(null, "J. Hydrol."), Volume = "S7", Number = "2" };
        var bib = Fold(BibTeXWriter.Write(TestData.CvOf(paper), BibLaTeX));
        Assert.DoesNotContain("volume", bib);
        Assert.Contains("number = {S7}", bib);
        Assert.Contains("issue = {2}", bib);
        var back = Single(bib);
        Assert.Equal(("S7", "2"), (back.Volume, back.Number));
        // Plain bibtex prints any volume as written.
        Assert.Contains("volume = {S7}", Fold(BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default)));
    }

    [Theory]
    [InlineData("18–24 July 2021", "2021-07-18/2021-07-24")]
    [InlineData("12-16 July 2021", "2021-07-12/2021-07-16")]
    [InlineData("30 June – 2 July 2021", "2021-06-30/2021-07-02")]
    [InlineData("July 12–16, 2021", "2021-07-12/2021-07-16")]
    [InlineData("June 30 - July 2, 2021", "2021-06-30/2021-07-02")]
    [InlineData("12 July 2021", "2021-07-12")]
    [InlineData("Sept. 3, 2019", "2019-09-03")]
    [InlineData("2021-07-12/2021-07-16", "2021-07-12/2021-07-16")]
    [InlineData("summer 2021", null)]
    [InlineData("31 February 2021", null)]
    [InlineData("16–12 July 2021", null)]
    public void Event_dates_become_an_iso_8601_eventdate_only_when_they_read_as_dates(string written, string? iso) =>
        Assert.Equal(iso, EventDate.ToIso(written));

    [Fact]
    public void Equal_contribution_groups_and_the_corresponding_author_are_annotations_and_note_sentences_both_ways()
    {
        var paper = Paper(PublicationKind.Journal) with
        {
            Venue = new Venue(null, "J. Hydrol."),
            Authors =
            [
                new Author("Freya Olsen", Equal: true) { Corresponding = true }, new Author("Priya Raman", Equal: true),
                new Author("Jonas Weber"), new Author("Helena Marsh", Equal: true) { EqualGroup = 2 }, new Author("Oliver Brennan", Equal: true) { EqualGroup = 2 },
            ],
        };
        var biblatex = Fold(BibTeXWriter.Write(TestData.CvOf(paper), BibLaTeX));
        Assert.Contains("author+an = {1=equal,corresponding; 2=equal; 4=equal2; 5=equal2}", biblatex);
        var note = Fold(BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default with { EqualNote = true }));
        Assert.Contains("Equal contribution: Freya Olsen and Priya Raman. Equal contribution (group 2): Helena Marsh and Oliver Brennan. Corresponding author: Freya Olsen", note);
        foreach (var bib in new[] { biblatex, note })
        {
            var back = Single(bib);
            Assert.Equal([1, 1, 0, 2, 2], back.Authors.Select(a => a.Equal ? a.EqualGroup : 0));
            Assert.Equal([true, false, false, false, false], back.Authors.Select(a => a.Corresponding));
            Assert.Null(back.Note);
        }
    }

    [Theory]
    [InlineData(ThesisType.PhD, "@phdthesis{", "type = {phdthesis}")]
    [InlineData(ThesisType.Masters, "@mastersthesis{", "type = {mathesis}")]
    [InlineData(ThesisType.Diploma, "howpublished = {Diploma Thesis, TU Wien}", "type = {Diploma thesis}")]
    [InlineData(ThesisType.Habilitation, "howpublished = {Habilitation Thesis, TU Wien}", "type = {Habilitation thesis}")]
    [InlineData(null, "howpublished = {Thesis, TU Wien}", "type = {Thesis}")]
    public void A_thesis_claims_a_phd_only_when_it_is_one_and_keeps_its_degree_through_import(ThesisType? type, string bibtex, string biblatex)
    {
        var thesis = Paper(PublicationKind.Thesis) with { Institution = "TU Wien", ThesisType = type, Authors = [new Author("Helena Marsh")] };
        var plain = Fold(BibTeXWriter.Write(TestData.CvOf(thesis), BibTeXOptions.Default));
        var latex = Fold(BibTeXWriter.Write(TestData.CvOf(thesis), BibLaTeX));
        Assert.Contains(bibtex, plain);
        Assert.Contains(biblatex, latex);
        if (type != ThesisType.PhD) Assert.DoesNotContain("phd", plain + latex, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(type, Single(plain).ThesisType);
        Assert.Equal(type, Single(latex).ThesisType);
    }

    [ToolFact("bibtex")]
    public void Plain_prints_a_diploma_thesis_as_a_diploma_thesis()
    {
        var thesis = Paper(PublicationKind.Thesis) with { Institution = "TU Wien", ThesisType = ThesisType.Diploma };
        var bbl = TexTools.Bbl(BibTeXWriter.Write(TestData.CvOf(thesis), BibTeXOptions.Default));
        Assert.Contains("Diploma Thesis, TU Wien", bbl);
        Assert.DoesNotContain("PhD", bbl);
    }

    [Theory]
    [InlineData(PublicationKind.BookReview, "@article{", "note = {Book Review}")]
    [InlineData(PublicationKind.Editorial, "@article{", "note = {Editorial}")]
    [InlineData(PublicationKind.ConferenceAbstract, "@inproceedings{", "note = {Conference Abstract}")]
    [InlineData(PublicationKind.Poster, "@inproceedings{", "note = {Poster}")]
    [InlineData(PublicationKind.Dataset, "@dataset{", "organization = {Venue X}")]
    [InlineData(PublicationKind.Software, "@software{", "howpublished = {Venue X}")]
    public void New_kinds_get_their_biblatex_types_and_come_back_as_themselves(PublicationKind kind, string type, string field)
    {
        var paper = Paper(kind) with { Venue = new Venue(null, "Venue X") };
        var bib = Fold(BibTeXWriter.Write(TestData.CvOf(paper), BibLaTeX));
        Assert.Contains(type, bib);
        Assert.Contains(field, bib);
        var back = Single(bib);
        Assert.Equal((kind, "Venue X"), (back.Kind, back.Venue?.Display));
        var plain = Single(BibTeXWriter.Write(TestData.CvOf(paper), BibTeXOptions.Default));
        Assert.Equal((kind, "Venue X"), (plain.Kind, plain.Venue?.Display));
    }

    [Fact]
    public void An_edited_volume_is_a_collection_in_biblatex_and_a_book_with_editors_in_bibtex()
    {
        var book = new Publication { Kind = PublicationKind.EditedBook, Title = "Peatlands", Authors = [], Editors = [new Author("Helena Marsh"), new Author("Ingrid Haugen")], Publisher = "EUP", Year = 2018 };
        var biblatex = Fold(BibTeXWriter.Write(TestData.CvOf(book), BibLaTeX));
        Assert.Contains("@collection{", biblatex);
        var bibtex = Fold(BibTeXWriter.Write(TestData.CvOf(book), BibTeXOptions.Default));
        Assert.Contains("@book{", bibtex);
        Assert.Contains("editor = {Marsh, Helena and Haugen, Ingrid}", bibtex);
        Assert.Equal(PublicationKind.EditedBook, Single(biblatex).Kind);
        Assert.Equal(PublicationKind.EditedBook, Single(bibtex).Kind);
    }

    [Theory]
    [InlineData(TalkKind.Keynote, "Keynote talk, ICML 2024")]
    [InlineData(TalkKind.Poster, "Poster presentation, ICML 2024")]
    [InlineData(TalkKind.Seminar, "Seminar talk, ICML 2024")]
    [InlineData(null, "Invited talk, ICML 2024")]
    public void Talks_are_labelled_by_kind_and_import_leaves_every_kind_out(TalkKind? kind, string howpublished)
    {
        var cv = TestData.CvOf() with { Talks = [new Talk { Date = new PartialDate(2024), Event = "ICML 2024", Title = "On Water", Kind = kind }] };
        var bib = Fold(BibTeXWriter.Write(cv, BibTeXOptions.Default with { IncludeTalks = true }));
        Assert.Contains($"howpublished = {{{howpublished}}}", bib);
        var import = BibTeXImporter.Import(bib, "x.bib");
        Assert.Empty(import.Publications);
        Assert.Contains(import.Diagnostics, d => d.Message.Contains("talks are not imported", StringComparison.Ordinal));
    }
}

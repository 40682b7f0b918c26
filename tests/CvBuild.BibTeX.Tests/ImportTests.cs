using CvBuild.BibTeX.Import;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;

namespace CvBuild.BibTeX.Tests;

public sealed class ImportTests
{
    private static BibTeXImport Import(string fixture) => BibTeXImporter.Import(TestData.Fixture(fixture), fixture);

    private static Cv ReadBack(BibTeXImport import)
    {
        var yaml = PublicationYamlWriter.Write(import, "refs.bib");
        var read = CvReader.Parse(yaml, "imported.yaml");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics) + "\n" + yaml);
        return read.Cv!;
    }

    private static IEnumerable<string> Messages(BibTeXImport import) => import.Diagnostics.Select(d => d.ToString());

    [Fact]
    public void Google_scholar_export_is_imported()
    {
        var import = Import("scholar.bib");
        Assert.Equal(0, import.Errors);
        Assert.Equal([PublicationKind.Conference, PublicationKind.Journal, PublicationKind.Preprint, PublicationKind.Thesis],
            import.Publications.Select(p => p.Kind));
        var icml = import.Publications[0];
        Assert.Equal(["Noam Razin", "Asaf Maman", "Nadav Cohen"], icml.Authors.Select(a => a.Name));
        Assert.Equal("International Conference on Machine Learning", icml.Venue!.Display);
        Assert.Equal("PMLR", icml.Publisher);
        Assert.Equal("8913\u20138924", icml.Pages);
        Assert.Equal("razin2021implicit", icml.Key);
        Assert.Equal("2503.15477", import.Publications[2].Links.Arxiv);
        Assert.Equal("Jason D Lee", import.Publications[2].Authors[4].Name);
        Assert.Equal("Tel Aviv University", import.Publications[3].Institution);
        Assert.Equal(ThesisType.PhD, import.Publications[3].ThesisType);
        var patent = Assert.Single(import.Patents);
        Assert.Equal(("US", "11,373,640", 2022), (patent.Office, patent.Number, patent.Year));
        Assert.Contains("scholar.bib:37:3: warning: field 'publisher' is not imported", Messages(import));
        Assert.Equal(4, ReadBack(import).Publications.Count);
    }

    [Fact]
    public void Dblp_export_is_imported_and_its_bookkeeping_fields_are_reported()
    {
        var import = Import("dblp.bib");
        Assert.Equal(0, import.Errors);
        var (icml, corr, jmlr) = (import.Publications[0], import.Publications[1], import.Publications[2]);
        Assert.Equal(PublicationKind.Conference, icml.Kind);
        Assert.Equal("Proceedings of the 38th International Conference on Machine Learning, ICML 2021, 18-24 July 2021, Virtual Event", icml.Venue!.Name);
        Assert.Equal("PMLR", icml.Publisher);
        Assert.Equal(PublicationKind.Preprint, corr.Kind);
        Assert.Equal("2102.09972", corr.Links.Arxiv);
        Assert.Null(corr.Links.Url);
        Assert.Null(corr.Volume);
        Assert.Equal(["Nimrod De La Vega", "Jörg Müller", "François Chérief"], jmlr.Authors.Select(a => a.Name));
        Assert.Equal("Tensor Networks for BERT-style Models", jmlr.Title);
        Assert.Equal("10.5555/3546258.3546259", jmlr.Links.Doi);
        var messages = Messages(import).ToList();
        Assert.DoesNotContain(messages, m => m.Contains("field 'editor'"));
        Assert.Equal("Marina Meila", icml.Editors[0].Name);
        Assert.Contains("dblp.bib:16:3: warning: field 'timestamp' is not imported", messages);
        Assert.Contains("dblp.bib:17:3: warning: field 'biburl' is not imported", messages);
        Assert.Equal(3, ReadBack(import).Publications.Count);
    }

    [Fact]
    public void Crossrefs_are_resolved_and_the_proceedings_is_not_a_paper()
    {
        var import = Import("dblp-crossref.bib");
        var paper = Assert.Single(import.Publications);
        Assert.Equal("NeurIPS", paper.Venue!.Display);
        Assert.Equal("Implicit Regularization in Deep Learning May Not Be Explainable by Norms", paper.Title);
        Assert.Equal(["dblp-crossref.bib:12:1: warning: @proceedings entry 'DBLP:conf/nips/2020' is only cross-referenced; its fields went into the entries that cite it"], Messages(import));
        // The proceedings' editors and ISBN are the paper's book details.
        Assert.Equal(["Hugo Larochelle", "Marc'Aurelio Ranzato", "Raia Hadsell", "Maria-Florina Balcan", "Hsuan-Tien Lin"], paper.Editors.Select(e => e.Name));
        Assert.Equal("9781713829546", paper.Isbn);
    }

    [Fact]
    public void Arxiv_export_is_imported_as_preprints_with_their_category()
    {
        var import = Import("arxiv.bib");
        Assert.Empty(import.Diagnostics);
        Assert.All(import.Publications, p => Assert.Equal(PublicationKind.Preprint, p.Kind));
        Assert.Equal("2102.09972", import.Publications[0].Links.Arxiv);
        Assert.Equal(["cs.LG"], import.Publications[0].Tags);
        Assert.Null(import.Publications[0].Links.Url);
        Assert.Equal(["Howard Chen", "Noam Razin", "Karthik Narasimhan", "Danqi Chen"], import.Publications[1].Authors.Select(a => a.Name));
        Assert.Equal("Retaining by Doing: The Role of On-Policy Data in Mitigating Forgetting", import.Publications[1].Title);
        ReadBack(import);
    }

    [Fact]
    public void Messy_file_imports_what_it_can_and_reports_the_rest_with_lines()
    {
        var import = Import("messy.bib");
        var messages = Messages(import).ToList();
        Assert.Equal(
        [
            "messy.bib:5:1: warning: @preamble is not imported (a CV has no LaTeX preamble)",
            "messy.bib:18:3: warning: field 'keywords' is not imported",
            "messy.bib:31:1: warning: duplicate key 'key1' (first at line 11); this entry is imported without a key, so export derives a new one",
            "messy.bib:39:11: error: unbalanced '{': no matching '}' before the next entry or the end of the file",
            "messy.bib:43:1: warning: @techreport entry 'report1' is not imported: it has no year",
            "messy.bib:47:3: warning: year '-380' is not a number",
            "messy.bib:51:1: warning: @misc entry 'nodata' is not imported: it has no author, year",
        ], messages);
        Assert.Equal(3, import.Publications.Count);

        var first = import.Publications[0];
        Assert.Equal("RecoBERT: Naïve Études in ß—øresund – a Text Model with nested braces", first.Title);
        Assert.Equal(["Jörg Müller", "Jan van der Berg", "Martin Luther King Jr.", "Barnes and Noble, Inc.", "others"], first.Authors.Select(a => a.Name));
        Assert.Equal(new Venue("ICML", "International Conference on Machine Learning"), first.Venue);
        Assert.Equal("PMLR", first.Publisher);
        Assert.Equal((2021, 7), (first.Year, first.Month!.Value));
        Assert.Equal("Oral & $100 prize at 50%", first.Note);

        var second = import.Publications[1];
        Assert.Equal("Quoted \"Title\" with å and Å", second.Title);
        Assert.Equal(["Ngũgĩ wa Thiong'o", "Ayşe Çelik", "Antonín Dvořák"], second.Authors.Select(a => a.Name));
        Assert.Equal(3, second.Month);
        Assert.Equal("12", second.Volume);

        Assert.Null(import.Publications[2].Key);
        ReadBack(import);
    }

    [Fact]
    public void A_howpublished_that_a_type_does_not_use_is_reported()
    {
        var import = BibTeXImporter.Import("@inproceedings{k, author = {A, B}, title = {T}, booktitle = {V}, year = 2020,\n howpublished = {Online}}", "x.bib");
        Assert.Equal("x.bib:2:2: warning: field 'howpublished' is not imported", Assert.Single(import.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("year = {0042}", "year 42 of 'k' is outside 1000-9999")]
    [InlineData("year = 2021, date = {2021-02-30}", null)]
    [InlineData("year = 2021, date = {spring 2021}", "date 'spring 2021' is not YYYY, YYYY-MM or YYYY-MM-DD; not imported")]
    public void Odd_dates_never_make_an_invalid_cv(string field, string? warning)
    {
        var import = BibTeXImporter.Import($"@misc{{k, author = {{A, B}}, title = {{T}}, {field}}}", "x.bib");
        if (warning is null) Assert.Empty(import.Diagnostics);
        else Assert.Contains(warning, import.Diagnostics.Select(d => d.Message));
        if (import.Publications.Count > 0) Assert.Null(import.Publications[0].Date);
        Assert.True(CvReader.Parse(PublicationYamlWriter.Write(import, "x.bib"), "x.yaml").Succeeded);
    }

    [Fact]
    public void Starred_names_mark_equal_contribution()
    {
        var import = BibTeXImporter.Import("@misc{k, author = {Razin*, Noam and Asaf Maman$^*$ and Cohen, Nadav}, title = {T}, year = 2021}", "x.bib");
        Assert.Equal([("Noam Razin", true), ("Asaf Maman", true), ("Nadav Cohen", false)], import.Publications[0].Authors.Select(a => (a.Name, a.Equal)));
    }

    [Fact]
    public void Addresses_the_cv_format_rejects_are_reported_not_written()
    {
        var import = BibTeXImporter.Import("@misc{k, author = {A, B}, title = {T}, year = 2021,\n url = {see the website}, pdf = {www.example.org/p.pdf}}", "x.bib");
        Assert.Null(import.Publications[0].Links.Url);
        Assert.Equal("https://www.example.org/p.pdf", import.Publications[0].Links.Pdf);
        Assert.Equal("x.bib:2:2: warning: url 'see the website' is not a full web address; not imported", Assert.Single(import.Diagnostics).ToString());
        Assert.True(CvReader.Parse(PublicationYamlWriter.Write(import, "x.bib"), "x.yaml").Succeeded);
    }

    [Fact]
    public void A_doi_url_becomes_the_doi()
    {
        var import = BibTeXImporter.Import("@article{k, author = {A, B}, title = {T}, journal = {J}, year = 2020, url = {https://doi.org/10.1000/xyz}}", "x.bib");
        Assert.Equal("10.1000/xyz", import.Publications[0].Links.Doi);
        Assert.Null(import.Publications[0].Links.Url);
    }

    [Fact]
    public void Biblatex_equal_contribution_annotations_become_stars()
    {
        var import = BibTeXImporter.Import("@inproceedings{k, author = {A, B and C, D and E, F}, author+an = {1=equal; 2=equal}, title = {T}, booktitle = {V}, year = 2020}", "x.bib");
        Assert.Equal([true, true, false], import.Publications[0].Authors.Select(a => a.Equal));
    }

    [Fact]
    public void The_equal_contribution_note_becomes_stars_again()
    {
        var import = BibTeXImporter.Import("@misc{k, author = {A, B and C, D}, title = {T}, year = 2020, note = {Oral. Equal contribution: B A and D C}}", "x.bib");
        Assert.Equal([true, true], import.Publications[0].Authors.Select(a => a.Equal));
        Assert.Equal("Oral", import.Publications[0].Note);
    }

    [Fact]
    public void Exported_talks_are_reported_not_imported_as_papers()
    {
        var bib = BibTeXWriter.Write(TestData.ExampleCv(), BibTeXOptions.Default with { IncludeTalks = true });
        var import = BibTeXImporter.Import(bib, "x.bib");
        Assert.Equal(TestData.ExampleCv().Talks.Count, import.Diagnostics.Count(d => d.Message.Contains("talks are not imported")));
    }

    [Theory]
    [InlineData("Title: with colon", "\"Title: with colon\"")]
    [InlineData("C# # comment", "\"C# # comment\"")]
    [InlineData("[not a list]", "\"[not a list]\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("2021", "\"2021\"")]
    [InlineData("say \"hi\" \\o/", "\"say \\\"hi\\\" \\\\o/\"")]
    [InlineData("Plain title, with comma", "Plain title, with comma")]
    [InlineData("Über naïve – 東京", "Über naïve – 東京")]
    [InlineData("Noam Razin*", "\"Noam Razin*\"")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
    public void Yaml_strings_are_quoted_when_yaml_would_misread_them(string value, string expected) =>
        Assert.Equal(expected, CvBuild.Core.Writing.YamlScalarWriter.Scalar(value));

    [Fact]
    public void Quoted_yaml_reads_back_as_the_same_strings()
    {
        string[] titles = ["Title: with colon", "C# # comment", "[not a list]", "{not a map}", "true", "2021", "say \"hi\" \\o/", "- dash", "? question", "@at", "`tick`", "a: b: c", "trailing colon:", "Über naïve – 東京", "tab\there", "'single'", "% percent", "!tag", "&anchor", "*alias"];
        var import = new BibTeXImport(
            titles.Select((t, i) => new Publication { Kind = PublicationKind.Other, Title = t, Authors = [new Author("A B")], Year = 2000 + i }).ToList(), [], []);
        var cv = ReadBack(import);
        Assert.Equal(titles, cv.Publications.Select(p => p.Title));
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CvBuild.Presentation.Document;

namespace CvBuild.Html.Tests;

/// <summary>The page as bytes: escaping, link schemes, JSON-LD, semantics, colours and determinism.</summary>
public sealed partial class HtmlPageTests
{
    private const string Hostile = """
person:
  name: "Eve <script>alert(1)</script> & Co"
  email: "eve@example.org"
publications:
  - kind: journal
    title: "A </script><script>alert(3)</script> title with \"quotes\" and 'apostrophes'"
    authors: [Eve Owner, "Bob <b>Bold</b>", Carol Third]
    venue: "Journal of <i>Tags</i>"
    year: 2021
    links:
      url: "https://example.org/?q=<script>alert(4)</script>"
      code: "https://example.org/code?a=1&b=\"2\""
      doi: "10.1000/x<y>"
""";

    private static string HostilePage => Pages.Render(Pages.Read(Hostile));

    [Fact]
    public void Markup_in_the_cv_comes_out_as_text_never_as_elements()
    {
        var page = HostilePage;
        // Only the page's own script element: the JSON-LD block.
        Assert.Single(Regex.Matches(page, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", page, StringComparison.Ordinal);
        Assert.Contains("Eve &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", page, StringComparison.Ordinal);
        // Typographic marks (smart punctuation) need no escaping; the markup around them still does.
        Assert.Contains("“quotes” and ‘apostrophes’", page, StringComparison.Ordinal);
        Assert.Contains("Bob &lt;b&gt;Bold&lt;/b&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_point_only_to_http_https_and_mailto_addresses()
    {
        var page = HostilePage;
        var hrefs = Href().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.Matches("^(https?://|mailto:)", h));
        Assert.Contains("href=\"https://example.org/?q=%3Cscript%3Ealert(4)%3C/script%3E\"", page, StringComparison.Ordinal);
        // A quote in an address cannot end the attribute: the document percent-encodes it, the page escapes '&'.
        Assert.Contains("href=\"https://example.org/code?a=1&amp;b=%222%22\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:a@b.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("example.org/page", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("http:evil", false)]
    public void Link_targets_keep_only_web_and_mail_schemes(string url, bool kept) =>
        Assert.Equal(kept ? url : null, HtmlText.LinkTarget(url));

    [FsCheck.Xunit.Property]
    public bool Escaped_text_decodes_to_the_original(string? text)
    {
        // Characters HTML forbids become U+FFFD by design; compare on text without them.
        var clean = new string((text ?? "").Where(c => c is '\t' or '\n' || (c >= ' ' && c is not (>= '\u007F' and <= '\u009F') && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF') && c is not (>= '\uFDD0' and <= '\uFDEF'))).ToArray());
        var escaped = HtmlText.Escape(clean);
        return WebUtility.HtmlDecode(escaped) == clean && escaped.IndexOfAny(['<', '>', '"', '\'']) < 0;
    }

    [Fact]
    public void Json_ld_cannot_end_its_script_and_keeps_the_values()
    {
        var json = Pages.JsonLd(HostilePage);
        Assert.DoesNotContain("</", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var graph = doc.RootElement.GetProperty("@graph");
        Assert.Equal("Eve <script>alert(1)</script> & Co", graph[0].GetProperty("name").GetString());
        Assert.Equal("A </script><script>alert(3)</script> title with “quotes” and ‘apostrophes’", graph[1].GetProperty("name").GetString());
    }

    [Fact]
    public void A_document_with_a_script_address_gets_no_link_even_if_the_reader_let_it_through()
    {
        // The reader refuses such addresses; the renderer does not rely on it.
        var strings = Presentation.Strings.PresentationStrings.English;
        var evil = new Span("click", SpanKind.Link) { Url = "javascript:alert(1)" };
        var doc = new PresentationDocument("T", new DocumentHeader("N", [], [new Contact(ContactKind.Homepage, "Homepage", evil with { Text = "home" })]),
            [new Section("s", "S", [new Entry(MarkerKind.None, null, [Line.Of(evil)])])], null, new DocumentInfo("T", "N", "S", null), strings);
        var page = HtmlRenderer.Render(doc, new HtmlOptions());
        Assert.DoesNotContain("javascript", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>click</p>", page, StringComparison.Ordinal);
        Assert.Contains("Homepage: home", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_describes_the_owner_and_every_publication_with_authors_in_order()
    {
        var cv = Pages.Example;
        using var doc = JsonDocument.Parse(Pages.JsonLd(Pages.Render(cv)));
        Assert.Equal("https://schema.org", doc.RootElement.GetProperty("@context").GetString());
        var graph = doc.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal("Person", graph[0].GetProperty("@type").GetString());
        Assert.Equal(cv.Person.Name, graph[0].GetProperty("name").GetString());
        var articles = graph.Skip(1).ToList();
        Assert.Equal(cv.Publications.Count, articles.Count);
        foreach (var publication in cv.Publications)
        {
            var article = Assert.Single(articles, a => a.GetProperty("name").GetString() == publication.Title);
            Assert.Equal(SchemaType(publication.Kind), article.GetProperty("@type").GetString());
            var authors = article.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
            Assert.Equal(publication.Authors.Select(a => a.Name), authors);
            // Undated work (submitted, in preparation) claims no publication date.
            if (publication.Year is { } year) Assert.Equal(year.ToString(CultureInfo.InvariantCulture), article.GetProperty("datePublished").GetString());
            else Assert.False(article.TryGetProperty("datePublished", out _));
        }
    }

    private static string SchemaType(Core.Model.PublicationKind kind) => kind switch
    {
        Core.Model.PublicationKind.Book => "Book",
        Core.Model.PublicationKind.BookChapter => "Chapter",
        Core.Model.PublicationKind.Thesis => "Thesis",
        Core.Model.PublicationKind.TechnicalReport => "Report",
        Core.Model.PublicationKind.LectureNotes => "LearningResource",
        Core.Model.PublicationKind.Other => "CreativeWork",
        _ => "ScholarlyArticle",
    };

    private static List<JsonElement> Works(string yaml)
    {
        using var doc = JsonDocument.Parse(Pages.JsonLd(Pages.Render(Pages.Read(yaml))));
        return [.. doc.RootElement.GetProperty("@graph").EnumerateArray().Skip(1).Select(e => e.Clone())];
    }

    [Fact]
    public void Json_ld_gives_each_kind_of_work_its_schema_org_type_and_citation_facts()
    {
        var works = Works("""
            person: {name: Ada Writer}
            publications:
              - {kind: book, title: A Whole Book, authors: [Ada Writer], publisher: OUP, place: Oxford, isbn: 978-0-19-853453-6, edition: "2", year: 2020}
              - {kind: thesis, thesis_type: phd, title: My Thesis, authors: [Ada Writer], institution: MIT, year: 2018}
              - {kind: book_chapter, title: A Chapter, authors: [Ada Writer], venue: Handbook of X, editors: [E. Ditor, {organization: The Board}], publisher: Springer, pages: 1-20, year: 2019}
              - {kind: journal, title: An Article, authors: [Ada Writer], venue: J. Things, volume: "12", number: "3", pages: 5-9, year: 2017, links: {doi: 10.1000/182}}
              - {kind: conference, title: A Paper, authors: [Ada Writer], venue: Proc. X, year: 2016}
              - {kind: technical_report, title: A Report, authors: [Ada Writer], institution: ACME Labs, number: TR-7, year: 2015}
              - {kind: lecture_notes, title: Notes, authors: [Ada Writer], year: 2014}
              - {kind: other, title: Something, authors: [Ada Writer], year: 2013}
              - {kind: book, title: Edited, editors: [Ada Writer, B. Other], publisher: OUP, year: 2012}
            """);
        JsonElement Work(string title) => Assert.Single(works, w => w.GetProperty("name").GetString() == title);
        string? At(JsonElement e, params string[] path) => path.Aggregate(e, (x, p) => x.GetProperty(p)).GetString();

        var book = Work("A Whole Book");
        Assert.Equal("Book", At(book, "@type"));
        Assert.Equal(("Organization", "OUP", "Oxford"), (At(book, "publisher", "@type"), At(book, "publisher", "name"), At(book, "publisher", "location")));
        Assert.Equal("978-0-19-853453-6", At(book, "isbn"));
        Assert.Equal("2", At(book, "bookEdition"));
        Assert.False(book.TryGetProperty("isPartOf", out _));

        var thesis = Work("My Thesis");
        Assert.Equal("Thesis", At(thesis, "@type"));
        Assert.Equal("PhD", At(thesis, "inSupportOf"));
        Assert.Equal(("Organization", "MIT"), (At(thesis, "sourceOrganization", "@type"), At(thesis, "sourceOrganization", "name")));
        Assert.False(thesis.TryGetProperty("isPartOf", out _));

        var chapter = Work("A Chapter");
        Assert.Equal("Chapter", At(chapter, "@type"));
        Assert.Equal(("Book", "Handbook of X"), (At(chapter, "isPartOf", "@type"), At(chapter, "isPartOf", "name")));
        Assert.Equal(["Person:E. Ditor", "Organization:The Board"],
            chapter.GetProperty("isPartOf").GetProperty("editor").EnumerateArray().Select(e => $"{At(e, "@type")}:{At(e, "name")}"));
        Assert.Equal("Springer", At(chapter, "isPartOf", "publisher", "name"));
        Assert.Equal("1-20", At(chapter, "pagination"));
        Assert.Equal(["Ada Writer"], chapter.GetProperty("author").EnumerateArray().Select(a => At(a, "name")));

        var article = Work("An Article");
        Assert.Equal("ScholarlyArticle", At(article, "@type"));
        Assert.Equal(("PublicationIssue", "3"), (At(article, "isPartOf", "@type"), At(article, "isPartOf", "issueNumber")));
        Assert.Equal(("PublicationVolume", "12"), (At(article, "isPartOf", "isPartOf", "@type"), At(article, "isPartOf", "isPartOf", "volumeNumber")));
        Assert.Equal(("Periodical", "J. Things"), (At(article, "isPartOf", "isPartOf", "isPartOf", "@type"), At(article, "isPartOf", "isPartOf", "isPartOf", "name")));
        Assert.Equal(("DOI", "10.1000/182"), (At(article, "identifier", "propertyID"), At(article, "identifier", "value")));

        Assert.Equal(("CreativeWork", "Proc. X"), (At(Work("A Paper"), "isPartOf", "@type"), At(Work("A Paper"), "isPartOf", "name")));
        var report = Work("A Report");
        Assert.Equal(("Report", "TR-7", "ACME Labs"), (At(report, "@type"), At(report, "reportNumber"), At(report, "sourceOrganization", "name")));
        Assert.Equal("LearningResource", At(Work("Notes"), "@type"));
        Assert.Equal("CreativeWork", At(Work("Something"), "@type"));
        var edited = Work("Edited");
        Assert.False(edited.TryGetProperty("author", out _));
        Assert.Equal(["Ada Writer", "B. Other"], edited.GetProperty("editor").EnumerateArray().Select(e => At(e, "name")));
        // No property is ever a bare string standing for a typed thing (the old "isPartOf": "Book").
        Assert.All(works, w => Assert.True(!w.TryGetProperty("isPartOf", out var part) || part.ValueKind == JsonValueKind.Object));
    }

    [Fact]
    public void The_page_is_self_contained_and_needs_no_script()
    {
        var page = Pages.Render(Pages.Example);
        Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", page, StringComparison.OrdinalIgnoreCase);
        // The one script element is data (JSON-LD), which a browser never runs.
        Assert.All(Regex.Matches(page, "<script[^>]*>").Select(m => m.Value), s => Assert.Equal("<script type=\"application/ld+json\">", s));
    }

    [Fact]
    public void The_page_is_semantic_html_with_a_language_headings_ordered_lists_and_times()
    {
        var cv = Pages.Example;
        var page = Pages.Render(cv);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">", page, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page, "<h1>"));
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"section-publications-heading\">Publications</h2>", page, StringComparison.Ordinal);
        // Every publication is an item of an ordered list.
        var items = Regex.Matches(page, "<ol class=\"numbered\"[^>]*>(.*?)</ol>", RegexOptions.Singleline).Sum(m => Regex.Matches(m.Groups[1].Value, "<li[ >]").Count);
        Assert.Equal(cv.Publications.Count, items);
        Assert.All(Regex.Matches(page, "<time datetime=\"([^\"]*)\">").Select(m => m.Groups[1].Value), d => Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", d));
        Assert.Contains("<time datetime=\"2024\">2024</time>–present", page, StringComparison.Ordinal);
        Assert.Contains("@media print", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_descending_count_is_a_reversed_list_with_the_documents_numbers()
    {
        var cv = Pages.Example;
        var page = System.Text.Encoding.UTF8.GetString(Cli.Build.OutputFormats.Get("html").Render(cv, "full",
            new Cli.Build.OptionValues(new Dictionary<string, object> { ["numbering"] = "reverse" }), Pages.Context).Bytes);
        var lists = Regex.Matches(page, "<ol class=\"numbered\" reversed>(.*?)</ol>", RegexOptions.Singleline);
        Assert.NotEmpty(lists);
        foreach (Match list in lists)
        {
            var values = Regex.Matches(list.Groups[1].Value, "<li value=\"(\\d+)\">").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(values);
            Assert.Equal(values.OrderDescending(), values);
        }
        Assert.DoesNotContain("<ol class=\"numbered\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_in_the_months_words_get_machine_readable_months()
    {
        var markup = new TimeMarkup(Presentation.Strings.PresentationStrings.English);
        Assert.Equal("<time datetime=\"2024-03\">Mar 2024</time>–<time datetime=\"2025-11-07\">November 7, 2025</time>", markup.Markup("Mar 2024–November 7, 2025"));
        Assert.Equal("<time datetime=\"2019\">2019</time>–present", markup.Markup("2019–present"));
        Assert.Equal("12345 &lt;b&gt;", markup.Markup("12345 <b>"));
    }

    public static TheoryData<string> Locales => new(Presentation.Strings.PresentationStrings.BuiltInLocales);

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_worded_date_of_every_locale_gets_its_iso_8601_datetime(string locale)
    {
        var strings = Presentation.Strings.PresentationStrings.BuiltIn(locale)!;
        var markup = new TimeMarkup(strings);
        var wording = new Presentation.Building.DateWording(strings);
        for (var month = 1; month <= 12; month++)
            foreach (var day in new[] { 1, 9, 10, 28 })
            {
                var date = new Core.Model.PartialDate(2024, month, day);
                foreach (var (worded, iso) in new[]
                {
                    (wording.Long(date), $"2024-{month:00}-{day:00}"),
                    (wording.Short(date), $"2024-{month:00}-{day:00}"),
                    (wording.Long(new Core.Model.PartialDate(2024, month)), $"2024-{month:00}"),
                    (wording.Short(new Core.Model.PartialDate(2024, month)), $"2024-{month:00}"),
                    (wording.MonthYear(date), $"2024-{month:00}"),
                })
                    Assert.Equal($"<time datetime=\"{iso}\">{HtmlText.Escape(worded)}</time>", markup.Markup(worded));
            }
    }

    [Theory]
    [InlineData("fr", "4 déc. 2023", "2023-12-04")]
    [InlineData("ja", "2023年12月4日", "2023-12-04")]
    public void A_french_or_japanese_page_has_iso_8601_datetimes(string locale, string worded, string iso)
    {
        var page = Pages.Render(Pages.Read($$"""
person: {name: Hélène Sato}
settings: {locale: {{locale}}}
last_updated: 2025-11-20
positions:
  - {title: Chercheuse, organization: CNRS, start: 2019-03, end: present}
talks:
  - {date: 2023-12-04, event: Séminaire, title: Les tresses}
"""), "talks");
        var datetimes = Regex.Matches(page, "<time datetime=\"([^\"]*)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(datetimes);
        Assert.All(datetimes, d => Assert.Matches(@"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", d));
        Assert.Contains($"<time datetime=\"{iso}\">{worded}</time>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_text_says_where_a_short_label_goes()
    {
        var page = Pages.Render(Pages.Read("""
person: {name: Ann Lee}
publications:
  - kind: preprint
    title: T
    authors: [Ann Lee]
    year: 2020
    links: {pdf: "https://www.example.org/t.pdf", arxiv: "2102.09972"}
"""));
        Assert.Contains(">PDF<span class=\"host\"> (example.org)</span></a>", page, StringComparison.Ordinal);
        // An identifier names its scheme, not the site it opens: the host follows it too.
        Assert.Contains(">arXiv:2102.09972<span class=\"host\"> (arxiv.org)</span></a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_colour_has_contrast_of_at_least_4_5_to_1_on_the_paper()
    {
        var page = Pages.Render(Pages.Example);
        foreach (Match block in Regex.Matches(page, @":root\{([^}]*)\}"))
        {
            var colours = Regex.Matches(block.Groups[1].Value, @"--([a-z]+):#([0-9a-f]{6})").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            var paper = colours.GetValueOrDefault("paper", "ffffff");
            foreach (var ink in new[] { "ink", "muted", "accent", "link" }.Where(colours.ContainsKey))
            {
                var ratio = Contrast(colours[ink], paper);
                Assert.True(ratio >= 4.5, $"--{ink} #{colours[ink]} on #{paper}: {ratio:0.00}:1");
            }
        }
        Assert.Equal(2, Regex.Matches(page, @":root\{").Count); // screen and print
    }

    /// <summary>WCAG 2.2 contrast ratio (L1 + 0.05) / (L2 + 0.05) of two sRGB colours, relative luminance per WCAG's definition.</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                var c = int.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        }
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Theory]
    [InlineData("full")]
    [InlineData("short")]
    [InlineData("publications")]
    [InlineData("talks")]
    public void The_same_cv_gives_the_same_bytes(string variant)
    {
        var first = Pages.Render(Pages.Example, variant);
        Assert.Equal(first, Pages.Render(Pages.Example, variant));
        Assert.Contains("<h1>", first, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}

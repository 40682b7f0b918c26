using System.Text;
using CvBuild.Cli.Build;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Strings;
using CvBuild.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CvBuild.Presentation.Tests;

/// <summary>Straight quotes, apostrophes and double hyphens made typographic once, for every output.</summary>
public sealed class SmartPunctuationTests
{
    private static readonly QuoteMarks English = QuoteMarks.Of(PresentationStrings.English);

    private static QuoteMarks Of(string tag) => QuoteMarks.Of(PresentationStrings.BuiltIn(tag)!);

    [Theory]
    [InlineData("the dean's list", "the dean’s list")]
    [InlineData("\"Deep nets\" and 'shallow' ones", "“Deep nets” and ‘shallow’ ones")]
    [InlineData("the students' papers", "the students’ papers")]
    [InlineData("music of the '90s", "music of the ’90s")]
    [InlineData("pages 12--15", "pages 12–15")]
    [InlineData("a pause --- then more", "a pause — then more")]
    [InlineData("(\"quoted\")", "(“quoted”)")]
    [InlineData("he said \"it's 'fine'.\"", "he said “it’s ‘fine’.”")]
    [InlineData("“a \"nested\" one”", "“a ‘nested’ one”")]
    [InlineData("\"outer \"inner\" end\"", "“outer ‘inner’ end”")]
    public void English_text_gets_english_marks_and_dashes(string typed, string set) =>
        Assert.Equal(set, SmartPunctuation.Apply(typed, English));

    [Theory]
    [InlineData("de", "\"Tiefe Netze\" und 'flache'", "„Tiefe Netze“ und ‚flache‘")]
    [InlineData("fr", "l'article \"Réseaux\"", "l’article «\u202FRéseaux\u202F»")]
    [InlineData("pl", "\"Sieci\"", "„Sieci”")]
    [InlineData("ja", "\"深層\"", "「深層」")]
    public void Each_language_gets_its_own_marks(string tag, string typed, string set) =>
        Assert.Equal(set, SmartPunctuation.Apply(typed, Of(tag)));

    [Theory]
    [InlineData("see https://example.org/a--b?n='y'z now")]
    [InlineData("doi 10.1145/3368089--3409723 here")]
    [InlineData("mail o'brien--x@example.org")]
    [InlineData("run `cvbuild build --since 2020` first")]
    [InlineData("use --only-selected there")]
    public void Addresses_dois_code_and_options_stay_as_typed(string typed) =>
        Assert.Equal(typed, SmartPunctuation.Apply(typed, English));

    [Fact]
    public void A_quote_after_an_address_still_closes()
    {
        Assert.Equal("at “https://example.org/x”.", SmartPunctuation.Apply("at \"https://example.org/x\".", English));
        Assert.Equal("see https://example.org/x.", SmartPunctuation.Apply("see https://example.org/x.", English));
    }

    [Fact]
    public void A_quote_opened_in_one_span_closes_in_the_next_and_protected_spans_are_kept()
    {
        var set = SmartPunctuation.Apply([("Talk \"", false), ("Nets", false), ("\" -- ", false), ("doi:10.1/a--b", true)], English);
        Assert.Equal(["Talk “", "Nets", "” – ", "doi:10.1/a--b"], set);
    }

    // Text drawn from the characters the rules look at, so that random strings hit every branch.
    private static Arbitrary<string> Typed() =>
        Gen.Elements("a", "b", "9", " ", "\"", "'", "-", "--", "(", ".", "/", "`", "https://x.org/", "10.1234/", "@e.org", "é", "’")
            .ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Applying_twice_changes_nothing_more() =>
        Prop.ForAll(Typed(), typed =>
        {
            foreach (var marks in new[] { English, Of("fr"), Of("de") })
            {
                var once = SmartPunctuation.Apply(typed, marks);
                Assert.Equal(once, SmartPunctuation.Apply(once, marks));
            }
        });

    [Property(MaxTest = 500)]
    public Property Text_without_quotes_or_double_hyphens_is_unchanged() =>
        Prop.ForAll(Typed(), typed =>
        {
            var plain = typed.Replace("\"", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace("--", "-", StringComparison.Ordinal);
            while (plain.Contains("--", StringComparison.Ordinal)) plain = plain.Replace("--", "-", StringComparison.Ordinal);
            Assert.Equal(plain, SmartPunctuation.Apply(plain, English));
        });

    private const string Quoted = """
        person:
          name: Seán O'Brien
        talks:
          - title: "\"Deep nets\" and the dean's list"
            event: Workshop -- Part 2
            date: 2024-05
            url: https://example.org/a--b
        """;

    [ToolFact("pdftotext")]
    public void Every_output_prints_the_typographic_marks_and_pdftotext_reads_them_back()
    {
        var cv = Outputs.Read(Quoted);
        var pdf = Outputs.Fold(Outputs.PdfToText(Outputs.Render(cv, "pdf")));
        foreach (var output in new[] { pdf, Outputs.Fold(Outputs.Text(cv)), Outputs.Fold(Outputs.Markdown(cv)), Outputs.HtmlText(Outputs.Render(cv, "html")) })
        {
            Assert.Contains("Seán O’Brien", output);
            // The talk title's own quotation marks make the typed ones inner marks.
            Assert.Contains("“‘Deep nets’ and the dean’s list”", output);
            Assert.Contains("Workshop – Part 2", output);
            Assert.DoesNotContain("dean's", output);
        }
        Assert.Contains("https://example.org/a--b", Outputs.PdfLinks(Outputs.Render(cv, "pdf")));
    }

    [ToolFact("pdftotext")]
    public void French_quotes_keep_their_narrow_no_break_spaces_in_the_pdf_text()
    {
        var cv = Outputs.Read("""
            settings:
              locale: fr
            person:
              name: Zoé Durand
            talks:
              - title: "Les \"réseaux\" profonds"
                event: Atelier "Apprendre"
                date: 2024-05
            """);
        var bytes = Outputs.Render(cv, "pdf");
        var pdf = Outputs.PdfToText(bytes);
        // pdftotext reads U+202F as a plain space (poppler folds every space character); the PDF's own text layer
        // (its ToUnicode map, read here with PdfPig) keeps the narrow no-break space.
        Assert.Contains("Atelier « Apprendre »", pdf);
        Assert.Contains("« Les “réseaux” profonds »", pdf);
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var layer = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("«\u202FApprendre\u202F»", layer);
        Assert.Contains("«\u202FLes“réseaux”profonds\u202F»", layer);
    }

    [Fact]
    public void The_setting_turns_it_off_everywhere()
    {
        var cv = Outputs.Read(Quoted.Replace("person:", "settings:\n  typography:\n    smart_punctuation: false\nperson:", StringComparison.Ordinal));
        var text = Outputs.Fold(Outputs.Text(cv));
        Assert.Contains("\"Deep nets\" and the dean's list", text);
        Assert.Contains("Workshop -- Part 2", text);
    }

    [Fact]
    public void BibTeX_keeps_the_source_text()
    {
        var cv = Outputs.Read("""
            person:
              name: Seán O'Brien
            publications:
              - title: The dean's list
                authors: [Seán O'Brien]
                venue: Journal
                year: 2024
                kind: journal
                pages: 12--15
            """);
        var bib = Encoding.UTF8.GetString(Outputs.Render(cv, "bibtex"));
        Assert.Contains("dean's list", bib);
        Assert.Contains("12--15", bib);
        Assert.DoesNotContain("’", bib);
    }
}

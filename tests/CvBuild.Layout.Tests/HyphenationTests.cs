using CvBuild.Layout.Hyphenation;
using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Text;
using UglyToad.PdfPig;

namespace CvBuild.Layout.Tests;

/// <summary>Liang's algorithm with TeX's hyph-utf8 patterns gives TeX's hyphenations, and paragraphs use them sparingly and safely.</summary>
public sealed class HyphenationTests
{
    // Hyphenations TeX gives with the same pattern files and hyphenmins (babel's defaults for each language).
    [Theory]
    [InlineData("en", "hyphenation", "hy-phen-ation")]
    [InlineData("en", "typesetting", "type-set-ting")]
    [InlineData("en", "reinforcement", "re-in-force-ment")]
    [InlineData("en-US", "algorithm", "al-go-rithm")]
    [InlineData("de", "Silbentrennung", "Sil-ben-tren-nung")]
    [InlineData("de-AT", "Wissenschaft", "Wis-sen-schaft")]
    [InlineData("fr", "hyphénation", "hy-phé-na-tion")]
    // The Spanish patterns deliberately never leave an offensive syllable at a break ("puta"), so not "com-pu-ta-do-ra".
    [InlineData("es", "computadora", "compu-tado-ra")]
    [InlineData("es", "universidad", "uni-ver-si-dad")]
    [InlineData("it", "sillabazione", "sil-la-ba-zio-ne")]
    [InlineData("pt", "hifenização", "hi-fe-ni-za-ção")]
    [InlineData("nl", "woordafbreking", "woord-af-bre-king")]
    [InlineData("pl", "dzielenie", "dzie-le-nie")]
    public void Words_break_as_TeX_breaks_them(string language, string word, string expected) =>
        Assert.Equal(expected, Hyphenator.ForLanguage(language)!.Hyphenate(word));

    [Theory]
    [InlineData("associate", "as-so-ciate")]
    [InlineData("table", "ta-ble")]
    [InlineData("present", "present")]
    [InlineData("project", "project")]
    public void The_pattern_files_exceptions_win_over_the_patterns(string word, string expected) =>
        Assert.Equal(expected, Hyphenator.ForLanguage("en")!.Hyphenate(word));

    [Fact]
    public void Every_exception_of_every_language_is_reproduced()
    {
        foreach (var language in Hyphenator.SupportedLanguages)
        {
            var hyphenator = Hyphenator.ForLanguage(language)!;
            var file = Directory.EnumerateFiles(PatternDirectory, "hyph-*.hyp.txt")
                .FirstOrDefault(f => Path.GetFileName(f).StartsWith("hyph-" + (language == "en" ? "en-us" : language) + ".", StringComparison.Ordinal));
            if (file is null) continue;
            foreach (var entry in File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('%')))
            {
                var word = entry.Replace("-", "", StringComparison.Ordinal);
                // Breaks closer to the ends than the hyphenmins allow are dropped, as TeX drops them.
                var parts = entry.Split('-');
                var expected = new List<int>();
                var at = 0;
                for (var i = 0; i < parts.Length - 1; i++)
                {
                    at += parts[i].Length;
                    if (at >= hyphenator.LeftMin && word.Length - at >= hyphenator.RightMin) expected.Add(at);
                }
                Assert.Equal(expected, hyphenator.Points(word));
            }
        }
    }

    [Fact]
    public void Hyphenmins_keep_short_ends_together()
    {
        var english = Hyphenator.ForLanguage("en")!;
        Assert.Equal(2, english.LeftMin);
        Assert.Equal(3, english.RightMin);
        foreach (var word in new[] { "hyphenation", "international", "unbelievable", "organization", "representative" })
        {
            var points = english.Points(word);
            Assert.All(points, p => Assert.True(p >= 2 && word.Length - p >= 3, $"{word} at {p}"));
        }
    }

    [Fact]
    public void Unknown_languages_hyphenate_nothing()
    {
        Assert.Null(Hyphenator.ForLanguage("ja"));
        Assert.Null(Hyphenator.ForLanguage(null));
    }

    private static ShapedParagraph Paragraph(float size, params TextSpan[] spans) =>
        ShapedParagraph.Create(spans, 1.2f, TestFonts.Library,
            new ParagraphSettings(true, BreakingMethod.TotalFit, Hyphenator.ForLanguage("en")));

    [Fact]
    public void Names_urls_dois_and_identifiers_are_never_hyphenated()
    {
        var style = TestFonts.Serif;
        var text = "Representational https://example.org/internationalization doi:10.1145/representation arXiv:2102.09972 "
            + "NeurIPS internationalization@example.org well-representative";
        var p = Paragraph(10,
            new TextSpan("Maximilian Montgomery-Fitzwilliam ", style) { NoBreak = true },
            new TextSpan(text, style));
        var name = "Maximilian Montgomery-Fitzwilliam ".Length;
        var hyphenated = p.Candidates.Where(c => c.IsHyphenation).Select(c => c.Position).ToList();
        Assert.NotEmpty(hyphenated); // "Representational" may break
        Assert.All(hyphenated, position =>
        {
            Assert.True(position > name, $"hyphenation inside the name at {position}");
            Assert.True(position < name + "Representational".Length, $"hyphenation at {position} in '{p.Text}'");
        });
    }

    [Fact]
    public void A_hyphenated_line_ends_with_a_hyphen_that_extracts_as_one()
    {
        const string text = "Characterization of internationalization and representational incomprehensibility in "
            + "counterrevolutionary institutionalization of electroencephalography and telecommunications.";
        var bytes = new Document
        {
            Fonts = TestFonts.Library,
            HyphenationLanguage = "en",
            Content = new RichText(text, TestFonts.Serif) { Alignment = TextAlignment.Justify },
            PageSize = new PageSize(200, 400),
            Margins = new Margins(20),
        }.RenderDetailed();
        Assert.True(bytes.Text.HyphenatedLines > 0, "narrow justified lines of long words need hyphens");
        using var pdf = PdfDocument.Open(bytes.Pdf, new ParsingOptions { UseActualText = true });
        var words = pdf.GetPages().SelectMany(page => page.GetWords()).Select(w => w.Text).ToList();
        var joined = string.Concat(words.Select(w => w.EndsWith('-') ? w[..^1] : w + " ")).Trim();
        Assert.Equal(text, joined);
        Assert.Contains(words, w => w.EndsWith('-') && char.IsLetter(w[^2]));
    }

    [Fact]
    public void Without_a_language_nothing_is_hyphenated()
    {
        var result = new Document
        {
            Fonts = TestFonts.Library,
            Content = new RichText("Characterization of internationalization and representational incomprehensibility", TestFonts.Serif)
            {
                Alignment = TextAlignment.Justify,
            },
            PageSize = new PageSize(200, 400),
            Margins = new Margins(20),
        }.RenderDetailed();
        Assert.Equal(0, result.Text.HyphenatedLines);
    }

    private static string PatternDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "CvBuild.Layout", "Hyphenation", "patterns");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new InvalidOperationException("src/CvBuild.Layout/Hyphenation/patterns not found");
        }
    }
}

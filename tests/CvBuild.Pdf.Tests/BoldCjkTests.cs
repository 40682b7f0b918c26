using CvBuild.TestSupport;
using UglyToad.PdfPig.Content;

namespace CvBuild.Pdf.Tests;

/// <summary>
/// Chinese and Japanese in bold text (an entry title, the owner's name in the heading and among the authors) are drawn
/// with the bundled bold CJK cut, Noto Sans CJK SC Bold, and regular text keeps the regular cut, Droid Sans Fallback;
/// the samples are simplified forms outside KS X 1001's hanja (张, 伟, 数, 学, 邓), kanji made in Japan (働, 込) and kana.
/// </summary>
public sealed class BoldCjkTests
{
    private const string BoldCut = "NotoSansCJKsc-Bold";
    private const string RegularCut = "DroidSansFallback";
    private const string Name = "张伟";
    private const string Title = "数据科学与邓小平时代的ひらがなとカタカナ：働き込む";
    private const string Affiliation = "数据科学研究所";
    private const string Venue = "情報処理学会誌";

    public static TheoryData<string> Themes => new() { "classic", "modern", "compact", "sidebar", "banded" };

    private static string Cv(string theme) =>
        $"person:\n  name: {Name}\n  affiliation: {Affiliation}\n  email: a@example.org\n" +
        $"publications:\n  - kind: journal\n    title: {Title}\n    authors: [{Name}, 山田 太郎]\n    venue: {Venue}\n    year: 2024\n" +
        $"settings:\n  design:\n    theme: {theme}\n";

    private static byte[] Pdf(TempFolder dir, string yaml, out string stderr)
    {
        var cv = dir.Write("cv.yaml", yaml);
        var result = CliRunner.Run("pdf", cv, "-o", dir.File("cv.pdf"));
        Assert.True(result.Exit == 0, result.Err);
        stderr = result.Err;
        return File.ReadAllBytes(dir.File("cv.pdf"));
    }

    /// <summary>Every place <paramref name="text"/> (spaces ignored) is drawn on the page: its letters, in order.</summary>
    private static List<IReadOnlyList<Letter>> Occurrences(Page page, string text)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var values = letters.Select(l => l.Value).ToList();
        var wanted = PdfText.Squeeze(text);
        var found = new List<IReadOnlyList<Letter>>();
        for (var i = 0; i < letters.Count; i++)
        {
            var length = 0;
            var j = i;
            while (j < letters.Count && length < wanted.Length && string.CompareOrdinal(wanted, length, values[j], 0, values[j].Length) == 0)
            {
                length += values[j].Length;
                j++;
            }
            if (length == wanted.Length) found.Add(letters.GetRange(i, j - i));
        }
        return found;
    }

    private static void AssertDrawnWith(string cut, IEnumerable<Letter> letters, string what)
    {
        foreach (var letter in letters)
            Assert.True((letter.FontName ?? "").EndsWith(cut, StringComparison.Ordinal), $"{what}: '{letter.Value}' is drawn with {letter.FontName}, not {cut}");
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Cjk_in_a_bold_title_and_the_owners_bold_name_is_drawn_with_the_bold_cut_and_regular_text_with_the_regular_cut(string theme)
    {
        using var dir = new TempFolder();
        var pdf = Pdf(dir, Cv(theme), out var stderr);
        Assert.DoesNotContain("bundled fonts", stderr);
        using var document = PdfFile.Open(pdf);
        var page = document.GetPage(1);

        AssertDrawnWith(BoldCut, Assert.Single(Occurrences(page, Title)), "the entry title");
        // The heading is the largest occurrence of the name; among the authors the owner is bold and a co-author is not.
        var heading = Occurrences(page, Name).MaxBy(o => o[0].PointSize)!;
        AssertDrawnWith(BoldCut, heading, "the name in the heading");
        var authors = Assert.Single(Occurrences(page, $"{Name},山田太郎"));
        AssertDrawnWith(BoldCut, authors.Take(2), "the owner among the authors");
        AssertDrawnWith(RegularCut, authors.Skip(3), "a co-author");
        AssertDrawnWith(RegularCut, Assert.Single(Occurrences(page, Affiliation)), "the affiliation");
        AssertDrawnWith(RegularCut, Assert.Single(Occurrences(page, Venue)), "the venue");
    }

    [ToolFact("pdftotext")]
    public void Bold_cjk_text_extracts_as_its_exact_characters()
    {
        using var dir = new TempFolder();
        Pdf(dir, Cv("classic"), out _);
        var (exit, text, _) = ExternalTools.Run("pdftotext", ["-enc", "UTF-8", dir.File("cv.pdf"), "-"]);
        Assert.Equal(0, exit);
        foreach (var expected in new[] { Title, $"{Name}, 山田 太郎", Affiliation, Venue })
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"'{expected}' not in:\n{text}");
    }

    [Fact]
    public void A_rare_ideograph_in_a_bold_title_comes_from_the_regular_cut_without_a_warning()
    {
        // 龘 (U+9F98) is in the regular cut's full range but in none of the character sets the bold cut keeps.
        using var dir = new TempFolder();
        var pdf = Pdf(dir, Cv("classic").Replace(Title, "数据龘科学", StringComparison.Ordinal), out var stderr);
        Assert.DoesNotContain("U+9F98", stderr);
        using var document = PdfFile.Open(pdf);
        var title = Assert.Single(Occurrences(document.GetPage(1), "数据龘科学"));
        AssertDrawnWith(BoldCut, title.Where(l => l.Value != "龘"), "the common ideographs of the title");
        AssertDrawnWith(RegularCut, title.Where(l => l.Value == "龘"), "the rare ideograph");
    }

    [Fact]
    public void An_ideograph_no_font_has_in_a_bold_title_is_still_a_warning_at_its_position()
    {
        // 𠮷 (U+20BB7, in Japanese family names) is in CJK Extension B, which no bundled font covers.
        using var dir = new TempFolder();
        var cv = dir.Write("cv.yaml", Cv("classic").Replace(Title, "数据\U00020BB7科学", StringComparison.Ordinal));
        foreach (var command in new[] { "check", "pdf" })
        {
            var result = command == "pdf" ? CliRunner.Run("pdf", cv, "-o", dir.File("cv.pdf")) : CliRunner.Run("check", cv);
            Assert.True(result.Exit == 0, result.Err);
            Assert.Contains("cv.yaml:7:14: warning: U+20BB7", result.Err, StringComparison.Ordinal);
        }
    }
}

using System.Text;
using CvBuild.Text.Wrapping;

namespace CvBuild.Text.Tests;

public sealed class TextWrapperTests
{
    // Latin, accented, wide CJK, combining marks and long unbreakable tokens, mixed at random.
    private static readonly string[] Pieces =
        ["a", "word", "Zürich", "日本語", "東京大学", "e\u0301", "—", "x", "https://example.org/a/very/long/path/that/cannot/break/anywhere/at/all/really", "mmmmmmmmmm", "한국어"];

    [Fact]
    public void Wrapped_lines_never_exceed_the_width_except_a_lone_unbreakable_token()
    {
        var random = new Random(20251125);
        for (var run = 0; run < 2000; run++)
        {
            var width = random.Next(10, 100);
            var text = RandomText(random);
            var indent = new string(' ', random.Next(0, 6));
            var lines = TextWrapper.Wrap(text, width, indent, indent);
            foreach (var line in lines)
            {
                if (DisplayWidth.Of(line) <= width) continue;
                // A single unbreakable piece is what wrapping to one column leaves on one line.
                Assert.True(TextWrapper.Wrap(line[indent.Length..], 1).Count == 1,
                    $"line of width {DisplayWidth.Of(line)} > {width} holds more than one piece: '{line}'");
            }
        }
    }

    [Fact]
    public void Wrapping_keeps_every_character_in_order()
    {
        var random = new Random(7);
        for (var run = 0; run < 500; run++)
        {
            var text = RandomText(random);
            var lines = TextWrapper.Wrap(text, random.Next(10, 60), "", "    ");
            // Only spaces move: CJK breaks between ideographs without one, Latin at the space it drops.
            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Cjk_without_spaces_wraps_between_ideographs_at_two_columns_each()
    {
        const string description = "日韓機械翻訳と形態素解析の研究室を主宰し大規模言語資源の構築と評価を行う";
        var lines = TextWrapper.Wrap(description, 40, "2022  ", "      ");
        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= 40, $"{DisplayWidth.Of(l)} columns: {l}"));
        Assert.Equal(description, string.Concat(lines.Select(l => l[6..])));
        Assert.Equal("2022  日韓機械翻訳と形態素解析の研究室を", lines[0]);
    }

    [Fact]
    public void Cjk_never_starts_a_line_with_closing_punctuation()
    {
        // UAX #14 LB13/LB30 and NS (CJ resolved to NS, LB21): "。", "」" and small kana stay with what precedes them.
        var lines = TextWrapper.Wrap("東京大学「言語」研究所。本日ョ", 8);
        Assert.All(lines, l => Assert.DoesNotMatch("^[。」、ョ]", l));
        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= 8 || l.Length == 1, l));
    }

    [Fact]
    public void Hangul_wraps_at_spaces_and_between_syllables_counting_two_columns()
    {
        var lines = TextWrapper.Wrap("서울대학교 전기정보공학부 자연어처리 연구실", 20);
        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= 20, $"{DisplayWidth.Of(l)} columns: {l}"));
        Assert.Equal("서울대학교 전기정보공학부 자연어처리 연구실".Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        // Korean breaks between syllables by default (UAX #14 LB26-LB28 only keep a syllable's jamo together).
        Assert.Equal("서울대학교 전기정보", lines[0]);
    }

    [Fact]
    public void Thai_breaks_only_at_its_spaces_because_uax14_leaves_words_to_a_dictionary()
    {
        // Documented limit: no dictionary, so an unspaced Thai phrase is one piece (a line of its own when too long).
        const string phrase = "มหาวิทยาลัยเชียงใหม่";
        var lines = TextWrapper.Wrap(phrase + " " + phrase, 15);
        Assert.Equal([phrase, phrase], lines);
    }

    [Fact]
    public void A_keep_together_range_is_not_broken_unless_alone_wider_than_a_line()
    {
        const string text = "with 山田花子 and others";
        Assert.Equal(["with", "山田花子 and", "others"], TextWrapper.Wrap(text, 12, keepTogether: [5..9]));
        Assert.Equal(["with 山田花", "子 and", "others"], TextWrapper.Wrap(text, 12));
        // Alone wider than the line: broken at its own opportunities rather than overflowing.
        Assert.Equal(["with 山", "田花子", "and", "others"], TextWrapper.Wrap(text, 8, keepTogether: [0..12]));
    }

    [Fact]
    public void Wrapping_never_splits_a_keep_together_range_that_fits_on_a_line()
    {
        var random = new Random(20261130);
        for (var run = 0; run < 2000; run++)
        {
            // Words unique by their number, so a range's text is found in exactly one place.
            var words = Enumerable.Range(0, random.Next(2, 30)).Select(i => Pieces[random.Next(Pieces.Length - 1)] + i).ToList();
            var text = string.Join(" ", words);
            var starts = words.Select((w, i) => words.Take(i).Sum(x => x.Length + 1)).ToList();
            var ranges = new List<Range>();
            for (var i = random.Next(0, 2); i < words.Count; i += random.Next(1, 3))
            {
                var last = Math.Min(words.Count - 1, i + random.Next(0, 3));
                ranges.Add(starts[i]..(starts[last] + words[last].Length));
                i = last;
            }
            var width = random.Next(8, 60);
            var indent = new string(' ', random.Next(0, 4));
            var lines = TextWrapper.Wrap(text, width, indent, indent, ranges);
            foreach (var range in ranges)
            {
                var kept = text[range];
                if (DisplayWidth.Of(kept) > width - indent.Length) continue;
                Assert.True(lines.Any(l => l.Contains(kept, StringComparison.Ordinal)), $"'{kept}' split at width {width}:\n{string.Join("\n", lines)}");
            }
            // Keeping ranges together loses no character and, where every range fits, overflows no line.
            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_range_wider_than_the_line_breaks_inside_instead_of_overflowing()
    {
        var random = new Random(11);
        for (var run = 0; run < 500; run++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(5, 40)).Select(i => "word" + i));
            var width = random.Next(12, 40);
            var lines = TextWrapper.Wrap(text, width, "", "  ", [0..text.Length]);
            Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= width, $"{DisplayWidth.Of(l)} > {width}: '{l}'"));
        }
    }

    [Fact]
    public void No_line_starts_where_a_break_is_forbidden()
    {
        // "PDF" stays on the line of what it labels: the break moves before "2021," instead.
        const string text = "Journal of Things and Stuff, 2021, PDF <https://example.org/p.pdf>";
        var at = text.IndexOf("PDF", StringComparison.Ordinal);
        Assert.StartsWith("PDF", TextWrapper.Wrap(text, 36)[1], StringComparison.Ordinal);
        var lines = TextWrapper.Wrap(text, 36, noBreakAt: [at]);
        Assert.Equal(["Journal of Things and Stuff,", "2021, PDF", "<https://example.org/p.pdf>"], lines);
    }

    [Fact]
    public void Wide_characters_count_two_columns()
    {
        var lines = TextWrapper.Wrap("日本 日本 日本", 10);
        Assert.Equal(["日本 日本", "日本"], lines);
    }

    [Fact]
    public void Hanging_indent_applies_to_continuation_lines_only()
    {
        var lines = TextWrapper.Wrap("one two three four five six", 14, "2019  ", "      ");
        Assert.Equal(["2019  one two", "      three", "      four", "      five six"], lines);
    }

    [Fact]
    public void Long_url_gets_its_own_line_unbroken()
    {
        const string url = "https://github.com/microsoft/Distilled-Sentence-Embedding";
        var lines = TextWrapper.Wrap("code " + url + " end", 20);
        Assert.Equal(["code", url, "end"], lines);
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var words = random.Next(0, 40);
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sb.Append(random.Next(5) == 0 ? "  " : " ");
            var parts = random.Next(1, 3);
            for (var p = 0; p < parts; p++) sb.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return sb.ToString();
    }
}

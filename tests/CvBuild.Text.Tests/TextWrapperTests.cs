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
                Assert.True(line[indent.Length..].Split(' ').Length == 1,
                    $"line of width {DisplayWidth.Of(line)} > {width} holds more than one token: '{line}'");
            }
        }
    }

    [Fact]
    public void Wrapping_keeps_every_word_in_order()
    {
        var random = new Random(7);
        for (var run = 0; run < 500; run++)
        {
            var text = RandomText(random);
            var lines = TextWrapper.Wrap(text, random.Next(10, 60), "", "    ");
            Assert.Equal(
                text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                string.Join(' ', lines).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
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

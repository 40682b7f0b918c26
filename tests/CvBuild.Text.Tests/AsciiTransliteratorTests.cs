using CvBuild.Text.PlainText;

namespace CvBuild.Text.Tests;

public sealed class AsciiTransliteratorTests
{
    [Theory]
    [InlineData("Zürich", "Zurich")]
    [InlineData("Gödel—Escher", "Godel--Escher")]
    [InlineData("2019–2024", "2019-2024")]
    [InlineData("“quoted” and ‘single’", "\"quoted\" and 'single'")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Søren Kierkegaard", "Soren Kierkegaard")]
    [InlineData("Æsir and Œuvre", "AEsir and OEuvre")]
    [InlineData("Łukasz Kaiser", "Lukasz Kaiser")]
    [InlineData("Erdős, Čech, Ñandú", "Erdos, Cech, Nandu")]
    [InlineData("e\u0301cole", "ecole")]
    [InlineData("it’s … done", "it's ... done")]
    [InlineData("東京", "??")]
    public void Transliterates_to_ascii(string input, string expected) =>
        Assert.Equal(expected, AsciiTransliterator.Transliterate(input));

    [Fact]
    public void Ascii_text_of_the_example_cv_is_pure_ascii_without_placeholders()
    {
        var ascii = Texts.Plain(ExampleCv.Cv, new PlainTextOptions { Ascii = true });
        var unicode = Texts.Plain(ExampleCv.Cv, new PlainTextOptions());
        Assert.All(ascii, c => Assert.True(c < 0x80, $"non-ASCII U+{(int)c:X4}"));
        // Every '?' is one the CV itself has ("Why is Your Language Model a Poor Implicit Reward Model?").
        Assert.Equal(unicode.Count(c => c == '?'), ascii.Count(c => c == '?'));
    }
}

using CvBuild.Text.Wrapping;

namespace CvBuild.Text.Tests;

public sealed class DisplayWidthTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("Zürich", 6)]
    [InlineData("Zu\u0308rich", 6)] // u + combining diaeresis
    [InlineData("東京", 4)]
    [InlineData("ｱ", 1)] // halfwidth katakana
    [InlineData("Ａ", 2)] // fullwidth Latin
    [InlineData("한국", 4)]
    [InlineData("a\u200Bb", 2)] // zero-width space
    [InlineData("2019–2024", 9)]
    public void Counts_display_columns(string text, int columns) => Assert.Equal(columns, DisplayWidth.Of(text));
}

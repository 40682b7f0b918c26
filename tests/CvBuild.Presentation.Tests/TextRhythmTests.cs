using CvBuild.Core.Model;

namespace CvBuild.Presentation.Tests;

/// <summary>
/// Every section kind keeps the one vertical rhythm of plain text and Markdown (<see cref="VerticalRhythm"/>): the CV
/// generated from the format specification holds every section, every publication kind (so every group heading),
/// every service kind and talks of several years.
/// </summary>
public sealed class TextRhythmTests
{
    private static readonly Lazy<Cv> Cv = new(() => Outputs.Read(SpecCv.Generate().Yaml, "spec-cv.yaml"));

    public static TheoryData<string> Variants => new(Building.DocumentOptions.VariantNames);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Plain_text_of_every_section_kind_keeps_the_rhythm(string variant)
    {
        var text = Outputs.Text(Cv.Value, variant);
        Assert.Empty(VerticalRhythm.PlainTextViolations(text));
        Assert.Contains("\n=", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Markdown_of_every_section_kind_keeps_the_rhythm(string variant)
    {
        var markdown = Outputs.Markdown(Cv.Value, variant);
        Assert.Empty(VerticalRhythm.MarkdownViolations(markdown));
        Assert.Contains("\n## ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_plain_text_has_group_headings_each_followed_directly_by_an_entry()
    {
        var lines = Outputs.Text(Cv.Value).Split('\n');
        var groups = Enumerable.Range(1, lines.Length - 2).Where(i => lines[i].Length > 0 && lines[i].All(c => c == '-') && lines[i - 1].Length > 0).ToList();
        Assert.True(groups.Count >= 10, $"only {groups.Count} group headings");
        Assert.All(groups, i => Assert.NotEqual("", lines[i + 1]));
    }
}

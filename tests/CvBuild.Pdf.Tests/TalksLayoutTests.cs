using System.Text;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Layout;
using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Strings;
using UglyToad.PdfPig;

namespace CvBuild.Pdf.Tests;

/// <summary>Talks as a list: years that go on over a page say so, items hang and stand apart; group headings stand out.</summary>
public sealed class TalksLayoutTests
{
    /// <summary>A CV whose 2023 talks alone fill more than a page, with one talk long enough to wrap.</summary>
    private static Cv ManyTalks(string locale = "en")
    {
        var yaml = new StringBuilder($"settings:\n  locale: {locale}\nperson:\n  name: Ada Lovelace\ntalks:\n");
        yaml.Append("  - title: A talk\n    event: The Extraordinarily Long Named International Workshop on the Foundations of Learning Theory and Its Many Applications\n    date: 2024-03\n");
        for (var i = 0; i < 70; i++) yaml.Append($"  - title: Talk {i}\n    event: Seminar number {i:00}\n    date: 2023-{i % 12 + 1:00}\n");
        return Parse(yaml.ToString());
    }

    private static Cv Parse(string yaml)
    {
        var result = CvReader.Parse(yaml, "cv.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    private static byte[] Pdf(Cv cv, string theme, string locale = "en") =>
        CvPdfRenderer.Render(DocumentBuilder.Build(cv, new DocumentOptions(), PresentationStrings.BuiltIn(locale)!),
            new PdfOptions { Fonts = Render.Fonts, Design = cv.Settings.Design with { Theme = theme } });

    [Theory]
    [InlineData("classic", "en", "2023 (cont.)")]
    [InlineData("compact", "en", "2023 (cont.)")]
    [InlineData("banded", "de", "2023 (Forts.)")]
    [InlineData("sidebar", "fr", "2023 (suite)")]
    public void A_year_of_talks_going_on_over_a_page_repeats_the_year_marked_as_continued(string theme, string locale, string mark)
    {
        using var pdf = PdfDocument.Open(Pdf(ManyTalks(locale), theme, locale));
        Assert.True(pdf.NumberOfPages >= 2);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var first = pages.FindIndex(p => p.Contains("Seminar number 00", StringComparison.Ordinal));
        Assert.DoesNotContain(mark, pages[first]);
        var continued = pages.FindIndex(p => p.Contains("Seminar number 69", StringComparison.Ordinal));
        Assert.True(continued > first);
        Assert.Contains(mark, pages[continued]);
        // The mark stands once, beside the page's first talk.
        Assert.Equal(1, pages[continued].Split(mark).Length - 1);
    }

    [Fact]
    public void A_talks_wrapped_lines_hang_in_and_talks_are_further_apart_than_wrapped_lines()
    {
        using var pdf = PdfDocument.Open(Pdf(ManyTalks(), "classic"));
        var words = pdf.GetPage(1).GetWords().ToList();
        var lines = words.GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1)).OrderByDescending(g => g.Key)
            .Select(g => (Baseline: g.Key, Left: g.Min(w => w.BoundingBox.Left), Text: string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .ToList();
        var first = lines.FindIndex(l => l.Text.Contains("Extraordinarily", StringComparison.Ordinal));
        var wrapped = lines[first + 1];
        Assert.DoesNotContain("Talk 0", wrapped.Text);
        Assert.True(wrapped.Left > lines[first].Left + 5, $"the wrapped line hangs in ({wrapped.Left:0.0} vs {lines[first].Left:0.0})");
        var n00 = lines.FindIndex(l => l.Text.Contains("Seminar number 00", StringComparison.Ordinal));
        var n01 = lines.FindIndex(l => l.Text.Contains("Seminar number 01", StringComparison.Ordinal));
        var wrapStep = lines[first].Baseline - wrapped.Baseline;
        var itemStep = lines[n00].Baseline - lines[n01].Baseline;
        Assert.True(itemStep > wrapStep + 2, $"items {itemStep:0.0} pt apart, wrapped lines {wrapStep:0.0} pt");
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Group_headings_are_unlike_entry_titles_in_every_theme(string name)
    {
        var styles = new Styles(BuiltInThemes.Get(name), new Design(), Render.Fonts, 400);
        var group = styles.SubHeading;
        var title = styles.Bold;
        // Another colour or another style, never only a size apart.
        Assert.True(group.Color != title.Color || group.Italic != title.Italic || group.SmallCaps || group.Bold != title.Bold,
            $"{name}: the group heading looks like a bold entry title");
        Assert.True(group.Size >= title.Size, $"{name}: the group heading is smaller than an entry title");
    }

    public static TheoryData<string> Themes => [.. BuiltInThemes.Names];
}

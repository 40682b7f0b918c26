using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Tests;

/// <summary>
/// How many authors a publication lists before "et al.": the max_authors option when given, in every variant, else
/// the CV's settings.max_authors, else all (the publication listing: 3). The owner is always kept, after "…".
/// </summary>
public sealed class AuthorLimitTests
{
    private static string Cv(string settings) =>
        "person: {name: Ann Owner}\n" + settings
        + "publications:\n  - {kind: journal, title: Many Authors, authors: [B Two, C Three, D Four, E Five, F Six, G Seven, Ann Owner], venue: J, year: 2020, selected: true}\n";

    private static string Authors(string yaml, DocumentOptions options)
    {
        var doc = DocumentBuilder.Build(Outputs.Read(yaml), options, PresentationStrings.English);
        return doc.Sections.Single().Blocks.SelectMany(Entries).Single().Lines
            .Single(l => l.Spans.Any(s => s.Kind == SpanKind.Person)).PlainText;
    }

    private static IEnumerable<Entry> Entries(Block block) => block switch
    {
        Entry e => [e],
        NumberedList list => list.Entries,
        _ => [],
    };

    [Theory]
    [InlineData(CvVariant.Full)]
    [InlineData(CvVariant.Short)]
    [InlineData(CvVariant.Publications)]
    public void The_option_overrides_the_cvs_setting_in_every_variant(CvVariant variant)
    {
        var text = Authors(Cv("settings: {max_authors: 5}\n"), new DocumentOptions { Variant = variant, MaxAuthors = 2 });
        Assert.Equal("B Two, C Three, …, Ann Owner", text);
    }

    [Fact]
    public void Without_the_option_the_listing_takes_the_cvs_setting_then_three()
    {
        var withSetting = Authors(Cv("settings: {max_authors: 5}\n"), new DocumentOptions { Variant = CvVariant.Publications });
        Assert.Contains("E Five", withSetting);
        Assert.DoesNotContain("G Seven", withSetting);
        var without = Authors(Cv(""), new DocumentOptions { Variant = CvVariant.Publications });
        Assert.Equal("B Two, C Three, D Four, …, Ann Owner", without);
        Assert.Contains("G Seven, Ann Owner", Authors(Cv(""), new DocumentOptions { Variant = CvVariant.Full }));
    }
}

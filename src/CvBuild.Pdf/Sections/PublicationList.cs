using System.Globalization;
using CvBuild.Core.Model;
using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// The Publications section: the equal-contribution legend once at the top, then each non-empty group with its own
/// numbering. Heading, legend, first group heading and first entry stay together.
/// </summary>
internal sealed class PublicationList(Cv cv, Styles styles, Numbering numbering)
{
    public IEnumerable<Element> Build(string heading)
    {
        var groups = cv.Settings.PublicationGroups
            .Select(g => (Group: g, Items: cv.PublicationsIn(g).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        if (groups.Count == 0) yield break;

        yield return SectionHeading.Create(styles, heading);
        if (groups.Any(g => g.Items.Any(p => p.HasEqualContribution)))
        {
            var legend = new Para(styles).Add(cv.Settings.EqualContributionLegend, styles.Italic with { Color = styles.Theme.Muted }).Build();
            yield return new KeepWithNext(DatedEntry.Indented(styles, legend));
        }
        var firstGroup = true;
        foreach (var (group, items) in groups)
        {
            yield return SectionHeading.Group(styles, group.Heading, firstGroup);
            firstGroup = false;
            for (var i = 0; i < items.Count; i++)
                yield return Entry(items[i], Number(i, items.Count));
        }
    }

    // Reverse numbering counts down so the newest (listed first) paper carries the highest number.
    private string? Number(int index, int count) => numbering switch
    {
        Numbering.Forward => (index + 1).ToString(CultureInfo.InvariantCulture) + ".",
        Numbering.Reverse => (count - index).ToString(CultureInfo.InvariantCulture) + ".",
        _ => null,
    };

    private Element Entry(Publication p, string? number)
    {
        var title = new Para(styles).Add(p.Title, styles.Bold).Build();
        var authors = AuthorList.Append(new Para(styles), styles, cv.Person, p.Authors, cv.Settings.MaxAuthors).BuildOrNull();

        var venue = new Para(styles);
        venue.Add(p.VenueLine, styles.Italic);
        venue.Then(p.Year.ToString(CultureInfo.InvariantCulture), styles.Body);
        venue.Then(p.Status, styles.Italic);
        var links = p.Links.All().ToList();
        if (links.Count > 0)
        {
            // Short bracketed labels keep the line tidy; the whole label is the link annotation.
            foreach (var (label, url) in links)
            {
                venue.Add("  ", styles.Body);
                venue.Link($"[{label}]", url, styles.Link);
            }
        }

        var awards = p.Awards.Select(a => (Element)new Para(styles).Add(a, styles.Note).Build());
        return DatedEntry.Numbered(styles, number, [title, authors, venue.Build(), .. awards]);
    }
}

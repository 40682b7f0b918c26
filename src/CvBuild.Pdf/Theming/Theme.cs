using CvBuild.Layout;

namespace CvBuild.Pdf.Theming;

/// <summary>Which side of an entry its date column stands on.</summary>
public enum DateSide { Left, Right }

/// <summary>How a section heading is set apart: a rule under it, a coloured band beside it (moderncv), or type alone.</summary>
public enum HeadingStyle { Rule, Band, Plain }

/// <summary>Which line of a publication comes first: its title, or the line naming its authors.</summary>
public enum EntryOrder { TitleFirst, AuthorsFirst }

/// <summary>An entry's lines each on a line of their own, or run into one paragraph.</summary>
public enum EntryLines { Separate, RunIn }

/// <summary>Where page one's name and contact details stand.</summary>
public enum HeaderLayout
{
    /// <summary>Name and affiliation on the left, contact details flush right beside them.</summary>
    Split,
    /// <summary>Name, affiliation and contact details centred above the first section.</summary>
    Centered,
    /// <summary>Name and contact details in a column at the left of the page; the sections to their right.</summary>
    Sidebar,
}

/// <summary>
/// A look, as data: families, colours, proportions and structure. Read from a theme YAML file by
/// <see cref="ThemeReader"/> (the built-in themes are such files, embedded); docs/themes.md describes each field.
/// Sizes and spaces are multiples of the base font size (em), so a CV set at 11 pt keeps the hierarchy of one at
/// 10 pt; margins are fractions of the design's margin.
/// </summary>
public sealed record Theme
{
    public required string Name { get; init; }
    public string BodyFamily { get; init; } = FontFamilies.Serif;
    public string HeadingFamily { get; init; } = FontFamilies.Serif;
    public Color Text { get; init; } = Color.FromHex("#1b1b1b");
    /// <summary>Dates, numbers, the footer: present but quieter than the entries they label.</summary>
    public Color Muted { get; init; } = Color.FromHex("#5a5a5a");
    /// <summary>Headings, rules, links and award notes.</summary>
    public required Color Accent { get; init; }
    /// <summary>The rule's (or band's) colour; null takes the accent.</summary>
    public Color? Rule { get; init; }
    /// <summary>0–1, applied to the rule's colour.</summary>
    public double RuleOpacity { get; init; } = 1;
    public float RuleThickness { get; init; } = 0.6f;
    public float NameScale { get; init; } = 2.5f;
    public float HeadingScale { get; init; } = 1.3f;
    public float LineHeight { get; init; } = 1.25f;
    /// <summary>Space between sections and between entries, in em.</summary>
    public float SectionGap { get; init; } = 1.5f;
    public float EntryGap { get; init; } = 0.6f;
    /// <summary>Top and bottom margins as fractions of the design's margin (the sides take it whole).</summary>
    public float MarginTop { get; init; } = 0.85f;
    public float MarginBottom { get; init; } = 0.7f;
    public DateSide DateSide { get; init; } = DateSide.Left;
    /// <summary>Width of the dates column in em: wide enough for "2024–present".</summary>
    public float DateWidth { get; init; } = 6.4f;
    /// <summary>Dates sit flush right against the entry (moderncv) or flush left.</summary>
    public TextAlignment DateAlignment { get; init; } = TextAlignment.Right;
    public bool DatesInAccent { get; init; }
    public HeadingStyle HeadingStyle { get; init; } = HeadingStyle.Rule;
    /// <summary>Headings in small capitals (capitals of a smaller size standing for the lower case).</summary>
    public bool SmallCaps { get; init; }
    public EntryOrder EntryOrder { get; init; } = EntryOrder.TitleFirst;
    public EntryLines EntryLines { get; init; } = EntryLines.Separate;

    /// <summary>Paragraphs (abstracts) set justified, with total-fit breaking and hyphenation, instead of ragged right.</summary>
    public bool JustifiedParagraphs { get; init; } = true;
    public HeaderLayout Header { get; init; } = HeaderLayout.Split;
    /// <summary>Width of the sidebar in em, for <see cref="HeaderLayout.Sidebar"/>.</summary>
    public float SidebarWidth { get; init; } = 11f;

    /// <summary>The colour rules and bands are drawn in, with the accent the CV chose.</summary>
    public Color RuleColor(Color accent)
    {
        var c = Rule ?? accent;
        return c with { A = (byte)Math.Round(c.A * RuleOpacity) };
    }
}

using CvBuild.Core.Model;
using CvBuild.Layout;

namespace CvBuild.Pdf.Theming;

/// <summary>The concrete text styles and measures of one render: a theme resolved against the CV's design options.</summary>
internal sealed class Styles
{
    public Styles(Theme theme, Design design, FontLibrary fonts, float contentWidth)
    {
        Theme = theme;
        var size = (float)design.FontSize;
        if (size is < 6 or > 16) throw new PdfRenderException($"font size {design.FontSize} pt is outside 6–16 pt");
        Size = size;
        Accent = design.AccentColor is { } hex ? ParseColor(hex) : theme.Accent;
        var body = Family(design.BodyFont, theme.BodyFamily, fonts);
        var heading = Family(design.HeadingFont, theme.HeadingFamily, fonts);
        LineHeight = theme.LineHeight;

        Body = new TextStyle { FontFamily = body, Size = size, Color = theme.Text };
        Heading = new TextStyle { FontFamily = heading, Size = size * theme.HeadingScale, Bold = true, Color = Accent, SmallCaps = theme.SmallCaps };
        // Set apart from the entries' bold titles by the theme's own style and colour.
        SubHeading = new TextStyle
        {
            FontFamily = heading,
            Size = size * theme.GroupScale,
            Bold = theme.GroupStyle is GroupStyle.Bold or GroupStyle.BoldItalic,
            Italic = theme.GroupStyle is GroupStyle.Italic or GroupStyle.BoldItalic,
            SmallCaps = theme.GroupStyle == GroupStyle.SmallCaps,
            Color = theme.GroupColor switch { GroupColor.Text => theme.Text, GroupColor.Muted => theme.Muted, _ => Accent },
        };
        Name = new TextStyle { FontFamily = heading, Size = size * theme.NameScale, Bold = true, Color = Accent };
        // Same size as the entry so the date sits on the baseline of the entry's first line; colour sets it apart.
        Date = Body with { Color = theme.DatesInAccent ? Accent : theme.Muted };
        Number = Body with { Color = theme.Muted };
        Link = Body with { Color = Accent, Size = size * 0.9f };
        Note = Body with { Italic = true, Color = Accent };
        Footer = Body with { Size = size * 0.8f, Color = theme.Muted };
        RuleColor = theme.RuleColor(Accent);

        // The theme's width: in the built-in themes wide enough for "2024–present" in the date style.
        DateColumnWidth = size * theme.DateWidth;
        Gutter = size * 1.0f;
        ContentWidth = contentWidth;
    }

    public Theme Theme { get; }
    /// <summary>The base direction of the document's paragraphs (the locale's, <c>PresentationDocument.RightToLeft</c>).</summary>
    public TextDirection Direction { get; init; } = TextDirection.LeftToRight;
    public float Size { get; }
    public float LineHeight { get; }
    public Color Accent { get; }
    public Color RuleColor { get; }
    public TextStyle Body { get; }
    public TextStyle Bold => Body with { Bold = true };
    public TextStyle Italic => Body with { Italic = true };
    public TextStyle Heading { get; }
    public TextStyle SubHeading { get; }
    public TextStyle Name { get; }
    public TextStyle Date { get; }
    public TextStyle Number { get; }
    public TextStyle Link { get; }
    public TextStyle Note { get; }
    public TextStyle Footer { get; }
    public float DateColumnWidth { get; }
    public float Gutter { get; }
    public float ContentWidth { get; }

    /// <summary>Vertical rhythm: between sections, between entries, inside an entry.</summary>
    public float SectionGap => Size * Theme.SectionGap;
    public float EntryGap => Size * Theme.EntryGap;

    /// <summary>
    /// Between the items of a list (the talks of a year): clearly more than the leading between an item's wrapped
    /// lines, less than between entries of a section.
    /// </summary>
    public float ItemGap => Size * Math.Max(0.4f, Theme.EntryGap * 0.75f);

    /// <summary>How far an item's wrapped lines hang in from its first line.</summary>
    public float HangingIndent => Size * 1.2f;

    /// <summary>Where entries' text starts: after the dates column when it stands on the left, else at the margin.</summary>
    public float TextIndent => Theme.DateSide == DateSide.Left ? DateColumnWidth + Gutter : 0;

    /// <summary>The number column of a numbered list when dates stand at the right: wide enough for "999.".</summary>
    public float NumberColumnWidth => Theme.DateSide == DateSide.Left ? DateColumnWidth : Size * 2.4f;

    private static string Family(string? requested, string fallback, FontLibrary fonts)
    {
        if (requested is null) return fallback;
        var known = fonts.Families.FirstOrDefault(f => string.Equals(f, requested.Trim(), StringComparison.OrdinalIgnoreCase));
        return known ?? throw new PdfRenderException(
            $"font '{requested}' is not bundled (available: {string.Join(", ", fonts.Families.Order(StringComparer.Ordinal))})");
    }

    private static Color ParseColor(string hex)
    {
        try
        {
            return Color.FromHex(hex);
        }
        catch (FormatException ex)
        {
            throw new PdfRenderException($"accent colour '{hex}' is not #rrggbb", ex);
        }
    }
}

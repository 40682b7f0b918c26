using CvBuild.Layout;

namespace CvBuild.Pdf.Theming;

/// <summary>
/// A look: families, colours and proportions. Sizes are multiples of the base font size so a CV set at 11 pt
/// keeps the same hierarchy as one at 10 pt.
/// </summary>
internal abstract class Theme
{
    public abstract string Name { get; }
    public abstract string BodyFamily { get; }
    public abstract string HeadingFamily { get; }
    /// <summary>Headings, rules, links and award notes.</summary>
    public abstract Color Accent { get; }
    public virtual Color Text => Color.FromHex("#1b1b1b");
    /// <summary>Dates, numbers, the footer: present but quieter than the entries they label.</summary>
    public virtual Color Muted => Color.FromHex("#5a5a5a");
    public abstract Color RuleColor(Color accent);
    public abstract float RuleThickness { get; }
    /// <summary>Dates and list numbers sit flush right against the entry (moderncv) or flush left.</summary>
    public abstract TextAlignment DateAlignment { get; }
    public abstract bool DatesInAccent { get; }
    public virtual float NameScale => 2.5f;
    public virtual float HeadingScale => 1.3f;
    public virtual float LineHeight => 1.25f;

    public static IReadOnlyList<string> Names { get; } = ["classic", "modern"];

    public static Theme Named(string name) => name.Trim().ToLowerInvariant() switch
    {
        "classic" => new ClassicTheme(),
        "modern" => new ModernTheme(),
        _ => throw new PdfRenderException($"unknown theme '{name}' (known: {string.Join(", ", Names)})"),
    };
}

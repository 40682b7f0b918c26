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

/// <summary>Serif body and headings in near-black navy: reads like a LaTeX CV.</summary>
internal sealed class ClassicTheme : Theme
{
    public override string Name => "classic";
    public override string BodyFamily => FontFamilies.Serif;
    public override string HeadingFamily => FontFamilies.Serif;
    public override Color Accent => Color.FromHex("#1f3a5f");
    public override Color RuleColor(Color accent) => accent;
    public override float RuleThickness => 0.6f;
    public override TextAlignment DateAlignment => TextAlignment.Right;
    public override bool DatesInAccent => false;
}

/// <summary>Sans throughout with a brighter accent on headings and dates.</summary>
internal sealed class ModernTheme : Theme
{
    public override string Name => "modern";
    public override string BodyFamily => FontFamilies.Sans;
    public override string HeadingFamily => FontFamilies.Sans;
    public override Color Accent => Color.FromHex("#2266aa");
    public override Color RuleColor(Color accent) => new(accent.R, accent.G, accent.B, 110);
    public override float RuleThickness => 1.2f;
    public override TextAlignment DateAlignment => TextAlignment.Left;
    public override bool DatesInAccent => true;
    public override float LineHeight => 1.3f;
}

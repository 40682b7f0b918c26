using CvBuild.Layout;

namespace CvBuild.Pdf.Theming;

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

using CvBuild.Layout;

namespace CvBuild.Pdf.Theming;

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

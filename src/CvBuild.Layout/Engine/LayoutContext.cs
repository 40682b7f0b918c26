using CvBuild.Layout.Hyphenation;
using CvBuild.Layout.Text;

namespace CvBuild.Layout.Engine;

/// <summary>What elements need while building their nodes and measuring: fonts, shaped paragraphs, page height.</summary>
/// <remarks>The hyphenation patterns of <paramref name="hyphenationLanguage"/> are read on the first justified paragraph,
/// so a document without one never pays for them.</remarks>
internal sealed class LayoutContext(FontLibrary fonts, BreakingMethod breaking = BreakingMethod.TotalFit, string? hyphenationLanguage = null)
{
    private readonly Dictionary<RichText, ShapedParagraph> _paragraphs = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<Hyphenator?> _hyphenation = new(() => Hyphenator.ForLanguage(hyphenationLanguage));

    public FontLibrary Fonts { get; } = fonts;

    /// <summary>Height of the current page's content area; lets KeepTogether tell "does not fit here" from "never fits".</summary>
    public float PageContentHeight { get; set; } = float.PositiveInfinity;

    /// <summary>The text's spans shaped, once per element (a dry pass asks again); the spans are copied only then.</summary>
    public ShapedParagraph Paragraph(RichText text)
    {
        if (!_paragraphs.TryGetValue(text, out var paragraph))
        {
            // Only justified text hyphenates: ragged lines have room to spare, and a CV's titles and names read better whole.
            var justify = text.Alignment == TextAlignment.Justify;
            var settings = new ParagraphSettings(justify, breaking, justify ? _hyphenation.Value : null);
            paragraph = ShapedParagraph.Create([.. text.Spans], text.LineHeight, Fonts, settings, text.Direction);
            _paragraphs[text] = paragraph;
        }
        return paragraph;
    }
}

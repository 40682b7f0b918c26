using CvBuild.Layout.Text;

namespace CvBuild.Layout.Engine;

/// <summary>What elements need while building their nodes and measuring: fonts, shaped paragraphs, page height.</summary>
internal sealed class LayoutContext(FontLibrary fonts)
{
    private readonly Dictionary<RichText, ShapedParagraph> _paragraphs = new(ReferenceEqualityComparer.Instance);

    public FontLibrary Fonts { get; } = fonts;

    /// <summary>Height of the current page's content area; lets KeepTogether tell "does not fit here" from "never fits".</summary>
    public float PageContentHeight { get; set; } = float.PositiveInfinity;

    public ShapedParagraph Paragraph(RichText text, IReadOnlyList<TextSpan> spans, float lineHeight, TextDirection direction)
    {
        if (!_paragraphs.TryGetValue(text, out var paragraph))
        {
            paragraph = ShapedParagraph.Create(spans, lineHeight, Fonts, direction);
            _paragraphs[text] = paragraph;
        }
        return paragraph;
    }
}

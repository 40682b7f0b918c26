using CvBuild.Layout.Hyphenation;
using CvBuild.Layout.Text;

namespace CvBuild.Layout.Engine;

/// <summary>What elements need while building their nodes and measuring: fonts, shaped paragraphs, page height.</summary>
/// <remarks>The hyphenation patterns of <paramref name="hyphenationLanguage"/> are read on the first justified paragraph,
/// so a document without one never pays for them.</remarks>
internal sealed class LayoutContext(FontLibrary fonts, BreakingMethod breaking = BreakingMethod.TotalFit, string? hyphenationLanguage = null)
{
    private readonly Dictionary<RichText, ShapedParagraph> _paragraphs = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<Hyphenator?> _hyphenation = new(() => Hyphenator.ForLanguage(hyphenationLanguage), LazyThreadSafetyMode.ExecutionAndPublication);

    public FontLibrary Fonts { get; } = fonts;

    /// <summary>Height of the current page's content area; lets KeepTogether tell "does not fit here" from "never fits".</summary>
    public float PageContentHeight { get; set; } = float.PositiveInfinity;

    private ShapingAhead? _ahead;

    /// <summary>Starts shaping the paragraphs of <paramref name="root"/> on <paramref name="worker"/>, from the last
    /// one backwards, while <see cref="Paragraph"/> shapes from the first (see <see cref="ShapingAhead"/>).</summary>
    public void ShapeAhead(Element root, WorkerThread worker) => _ahead = new ShapingAhead(root, worker, Shape);

    /// <summary>Ends <see cref="ShapeAhead"/>'s work (see <see cref="ShapingAhead.Stop"/>): once this returns the worker
    /// uses none of the fonts. Paragraphs asked for afterwards are shaped in place.</summary>
    public void StopShapingAhead() => _ahead?.Stop();

    /// <summary>The text's spans shaped, once per element (a dry pass asks again); the spans are copied only then.</summary>
    public ShapedParagraph Paragraph(RichText text)
    {
        if (!_paragraphs.TryGetValue(text, out var paragraph))
        {
            paragraph = _ahead?.Take(text) ?? Shape(text);
            _paragraphs[text] = paragraph;
        }
        return paragraph;
    }

    /// <summary>Shapes one paragraph; safe on any thread (the hyphenation patterns are a thread-safe lazy value).</summary>
    private ShapedParagraph Shape(RichText text)
    {
        // Only justified text hyphenates: ragged lines have room to spare, and a CV's titles and names read better whole.
        var justify = text.Alignment == TextAlignment.Justify;
        var settings = new ParagraphSettings(justify, breaking, justify ? _hyphenation.Value : null);
        return ShapedParagraph.Create([.. text.Spans], text.LineHeight, Fonts, settings, text.Direction);
    }
}

using CvBuild.Layout;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>Builds one paragraph span by span, skipping empty pieces so callers can pass optional fields inline.</summary>
/// <param name="hangingIndent">Indent of the wrapped lines (and of the first too unless <paramref name="hangFirstLine"/>), in points.</param>
/// <param name="direction">The paragraph direction (UAX #9 P2/P3); null takes the document's.</param>
internal sealed class Para(Styles styles, TextAlignment alignment = TextAlignment.Left, float hangingIndent = 0, bool hangFirstLine = false, TextDirection? direction = null)
{
    private readonly RichText _text = new()
    {
        LineHeight = styles.LineHeight, Alignment = alignment, HangingIndent = hangingIndent, HangFirstLine = hangFirstLine,
        Direction = direction ?? styles.Direction,
    };
    private bool _empty = true;

    public bool IsEmpty => _empty;

    public Styles Styles => styles;

    /// <param name="noBreak">No line break inside the text (the document's <c>Span.NoBreak</c>: a person's name, "(virtual)").</param>
    /// <param name="isolate">The text is a field, a directional isolate in the line (the document's <c>Span.IsField</c>).</param>
    /// <param name="noBreakBefore">No line break before the text (the document's <c>Span.NoBreakBefore</c>).</param>
    public Para Add(string? text, TextStyle style, bool noBreak = false, bool isolate = false, bool noBreakBefore = false)
    {
        if (string.IsNullOrEmpty(text)) return this;
        _text.Add(new TextSpan(text, style) { NoBreak = noBreak, NoBreakBefore = noBreakBefore, Isolate = isolate });
        _empty = false;
        return this;
    }

    /// <param name="noBreakBefore">No line break before the text (the document's <c>Span.NoBreakBefore</c>: a link label stays with the entry it labels).</param>
    public Para Link(string text, string uri, TextStyle style, bool noBreak = false, bool noBreakBefore = false, bool isolate = false)
    {
        _text.Add(new TextSpan(text, style, uri) { NoBreak = noBreak, NoBreakBefore = noBreakBefore, Isolate = isolate });
        _empty = false;
        return this;
    }

    /// <summary>Adds ", part" when the part is present, so "Org, Location" never shows a stray comma.</summary>
    public Para Then(string? text, TextStyle style)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        // The comma takes the plain body style: a comma after a bold title must not be bold.
        if (!_empty) _text.Add(", ", styles.Body);
        return Add(text, style, isolate: true);
    }

    public RichText Build() => _text;

    /// <summary>The paragraph, or null when nothing was added (null children are ignored by columns).</summary>
    public RichText? BuildOrNull() => _empty ? null : _text;
}

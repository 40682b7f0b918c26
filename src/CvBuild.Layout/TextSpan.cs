namespace CvBuild.Layout;

/// <summary>A piece of text with one style, optionally a hyperlink.</summary>
public sealed record TextSpan(string Text, TextStyle Style, string? LinkUri = null)
{
    /// <summary>
    /// No line break inside this span (a tailoring of UAX #14 for a person's name, "CA, USA", "(virtual)"): its break
    /// opportunities are dropped, those at its edges kept. A span wider than the whole line is still split rather than
    /// overflowing; a <c>\n</c> inside it still breaks.
    /// </summary>
    public bool NoBreak { get; init; }

    /// <summary>
    /// The span is a directional isolate (UAX #9 X5c, as if between FSI and PDI): its own first strong letter sets its
    /// direction, and neither it nor its neighbours reorder across its edges. Spaces at its edges stay outside the
    /// isolate, with the punctuation between spans. Use it for the fields of a line ("Title, Organisation, Place").
    /// </summary>
    public bool Isolate { get; init; }

    /// <summary>
    /// No line break where this span starts (a tailoring of UAX #14): it stays on the line of the text before it, as a
    /// link label ("PDF") stays with the entry it labels.
    /// </summary>
    public bool NoBreakBefore { get; init; }
}

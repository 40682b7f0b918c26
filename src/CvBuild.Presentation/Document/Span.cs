namespace CvBuild.Presentation.Document;

/// <summary>What a piece of text is; each renderer decides how each kind looks.</summary>
public enum SpanKind
{
    /// <summary>Ordinary text and punctuation.</summary>
    Text,
    /// <summary>The name of an entry: a paper's title, a job title, a degree, a service role (bold).</summary>
    Title,
    /// <summary>An author or inventor; see <see cref="Span.Owner"/> and <see cref="Span.EqualContribution"/>.</summary>
    Person,
    /// <summary>Where something happened or appeared: a venue, an employer, a university (italic).</summary>
    Venue,
    /// <summary>A date or date range as worded.</summary>
    Date,
    /// <summary>A readable identifier such as "doi:10.1145/123" or "arXiv:2102.09972".</summary>
    Identifier,
    /// <summary>A short label standing for a web address ("PDF", "code").</summary>
    Link,
    /// <summary>An award note or remark set apart from the entry's facts (italic, accented in the PDF).</summary>
    Note,
    /// <summary>Text set in italics for another reason: a talk's or thesis's title.</summary>
    Emphasis,
    /// <summary>A word introducing a value: "Advisor:", "Thesis:".</summary>
    Label,
}

/// <summary>
/// A run of text of one kind. <see cref="Url"/>, when set, is already percent-encoded (RFC 3986 §2.1), so every
/// renderer can write it as is: between &lt;…&gt; in plain text, in Markdown's (…), in a PDF link annotation.
/// </summary>
public sealed record Span(string Text, SpanKind Kind = SpanKind.Text)
{
    public string? Url { get; init; }
    /// <summary>A <see cref="SpanKind.Person"/> who is the CV's owner (bold wherever they appear).</summary>
    public bool Owner { get; init; }
    /// <summary>A <see cref="SpanKind.Person"/> marked as an equal contributor; the mark itself is the next span.</summary>
    public bool EqualContribution { get; init; }
    /// <summary>
    /// Wrapping must not break inside this span: a person's name, " (virtual)" (its leading space inside, so it never
    /// starts a line), and the ties <see cref="Building.NoBreakTies"/> marks ("NeurIPS 2025", "CA, USA"). A span wider
    /// than a whole line may still be broken rather than overflow. Renderers honour it with a layout attribute, never
    /// by changing characters: the PDF's <c>TextSpan.NoBreak</c>, the text wrapper's keep-together ranges, HTML's
    /// <c>white-space: nowrap</c>; so copied text, text extraction and screen readers get the source's own spaces.
    /// </summary>
    public bool NoBreak { get; init; }
    /// <summary>
    /// Wrapping must not break where this span starts: it stays on the line of the text before it, as a link label
    /// ("PDF", "code") stays with the entry it labels. No effect on a line's first span.
    /// </summary>
    public bool NoBreakBefore { get; init; }

    /// <summary>Bold in every output: an entry's title and the owner among the authors.</summary>
    public bool IsStrong => Kind == SpanKind.Title || (Kind == SpanKind.Person && Owner);

    /// <summary>Italic in every output.</summary>
    public bool IsItalic => Kind is SpanKind.Venue or SpanKind.Note or SpanKind.Emphasis;

    /// <summary>
    /// A field (a title, a name, a place: text with a letter or a digit), as opposed to the punctuation and spaces set
    /// between fields. Renderers that order text by UAX #9 make a field a directional isolate (X5c: FSI…PDI, HTML
    /// &lt;bdi&gt;), so a Hebrew venue in an English line reads right to left inside itself and leaves the line's order alone.
    /// </summary>
    public bool IsField
    {
        get
        {
            // A loop over the runes, not LINQ: asked for every span of every line a renderer sets.
            foreach (var rune in Text.EnumerateRunes())
                if (System.Text.Rune.IsLetterOrDigit(rune)) return true;
            return false;
        }
    }

    /// <summary>
    /// The text has a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation
    /// forms; the Bidi_Class R and AL blocks). A field without one reads the same isolated or not in a left-to-right
    /// line, so a renderer may leave its isolate out there.
    /// </summary>
    public bool HasRightToLeft
    {
        get
        {
            foreach (var r in Text.EnumerateRunes())
                if (r.Value is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF)
                    return true;
            return false;
        }
    }

    public static Span Plain(string text) => new(text);
}

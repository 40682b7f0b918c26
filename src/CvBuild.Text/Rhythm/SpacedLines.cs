using System.Text;

namespace CvBuild.Text.Rhythm;

/// <summary>
/// The vertical rhythm of the plain-text and Markdown outputs, kept in one place: renderers write content lines
/// and ask for a blank line (<see cref="BlankLine"/>) where the rhythm puts one; this writer keeps the laws both
/// outputs share whatever the renderer asks:
/// <list type="bullet">
/// <item>never two blank lines in a row: requests between two content lines collapse to one;</item>
/// <item>never a blank line at the start or the end: a request with no content before or after it is dropped,
/// and the text ends with exactly one newline after its last content line;</item>
/// <item>a line of spaces counts as a blank line (a request), never as content, so wrapping an empty value cannot
/// add a second blank line;</item>
/// <item>after a heading (<see cref="Heading"/>) nothing but content: a blank line asked for before its first
/// content line is dropped (plain text) or is the single one the heading always has (Markdown, see
/// <see cref="HeadingBlankLine"/>).</item>
/// </list>
/// </summary>
internal sealed class SpacedLines
{
    private readonly StringBuilder _out = new();
    private readonly HeadingBlankLine _afterHeading;
    private bool _blankPending;
    private bool _afterHeadingPending;

    /// <param name="afterHeading">Whether a heading's content follows it directly or after one blank line.</param>
    public SpacedLines(HeadingBlankLine afterHeading) => _afterHeading = afterHeading;

    /// <summary>One line of content (without its newline); a line holding only spaces is a blank-line request.</summary>
    public void Line(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            BlankLine();
            return;
        }
        var blank = _afterHeadingPending ? _afterHeading == HeadingBlankLine.One : _blankPending;
        if (blank && _out.Length > 0) _out.Append('\n');
        _out.Append(text).Append('\n');
        _blankPending = false;
        _afterHeadingPending = false;
    }

    /// <summary>A heading's lines (its text and, in plain text, its underline): a blank line before it, none inside.</summary>
    public void Heading(params IEnumerable<string> lines)
    {
        BlankLine();
        foreach (var line in lines) Line(line);
        _afterHeadingPending = true;
    }

    /// <summary>Asks for one blank line before the next content line; repeated requests are one.</summary>
    public void BlankLine() => _blankPending = true;

    /// <summary>The text: content lines with the blank lines between them, ending with one newline (empty if no content).</summary>
    public override string ToString() => _out.ToString();
}

/// <summary>What separates a heading from the content it heads.</summary>
internal enum HeadingBlankLine
{
    /// <summary>Nothing: the underline (plain text) already sets the heading off.</summary>
    None,
    /// <summary>One blank line, as Markdown style guides ask around ATX headings (markdownlint MD022).</summary>
    One,
}

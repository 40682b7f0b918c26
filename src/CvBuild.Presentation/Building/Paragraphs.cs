using System.Text.RegularExpressions;
using CvBuild.Presentation.Document;

namespace CvBuild.Presentation.Building;

/// <summary>
/// Free text (an abstract, a description, a custom entry's text) as paragraphs: a blank line (only spaces or tabs
/// on it) separates paragraphs; a single line break inside a paragraph is folded to a space, as Markdown and
/// HTML fold it, so the editor's line width never reaches the outputs. Each paragraph becomes its own
/// <see cref="Line"/>, so every renderer keeps the breaks the same way.
/// </summary>
public static partial class Paragraphs
{
    /// <summary>The paragraphs of <paramref name="text"/>, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Split(string text) =>
        [.. BlankLine().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(p => LineBreak().Replace(p.Trim(), " "))
            .Where(p => p.Length > 0)];

    /// <summary>
    /// The lines of a free text: one paragraph keeps <paramref name="role"/> (a description follows its entry
    /// directly); several are each a <see cref="LineRole.Paragraph"/>, set apart as the author set them apart.
    /// </summary>
    public static IEnumerable<Line> Lines(string text, LineRole role = LineRole.Normal)
    {
        var paragraphs = Split(text);
        var each = paragraphs.Count > 1 ? LineRole.Paragraph : role;
        return paragraphs.Select(p => new Line([Span.Plain(p)], each));
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"[ \t]*\n[ \t]*")]
    private static partial Regex LineBreak();
}

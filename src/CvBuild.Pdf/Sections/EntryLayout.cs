using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Document;

namespace CvBuild.Pdf.Sections;

/// <summary>
/// The theme's entry layout applied to an entry's lines: which comes first, and whether the facts run into one
/// paragraph. Only the order and the joins change; every span is kept, so the words a reader sees are the same.
/// </summary>
internal static class EntryLayout
{
    public static IReadOnlyList<Line> Arrange(Theme theme, IReadOnlyList<Line> lines)
    {
        var arranged = theme.EntryOrder == EntryOrder.AuthorsFirst ? AuthorsFirst(lines) : lines;
        return theme.EntryLines == EntryLines.RunIn ? RunIn(arranged) : arranged;
    }

    /// <summary>A publication's authors before its title: the first line naming people moves up to the top.</summary>
    private static IReadOnlyList<Line> AuthorsFirst(IReadOnlyList<Line> lines)
    {
        if (lines.Count < 2 || !lines[0].Spans.Any(s => s.Kind == SpanKind.Title)) return lines;
        var people = -1;
        for (var i = 1; i < lines.Count && people < 0; i++)
            if (lines[i].Role == LineRole.Normal && lines[i].Spans.Any(s => s.Kind == SpanKind.Person)) people = i;
        if (people < 0) return lines;
        var result = new List<Line>(lines);
        result.RemoveAt(people);
        result.Insert(0, lines[people]);
        return result;
    }

    /// <summary>
    /// Consecutive ordinary lines run into one paragraph, joined by a full stop as in a reference list ("Title.
    /// Authors. Venue, 2021."); abstracts and list items stay paragraphs of their own.
    /// </summary>
    private static IReadOnlyList<Line> RunIn(IReadOnlyList<Line> lines)
    {
        var result = new List<Line>();
        List<Span>? run = null;
        foreach (var line in lines)
        {
            if (line.Role != LineRole.Normal || line.Spans.Count == 0)
            {
                Flush();
                result.Add(line);
                continue;
            }
            if (run is null)
            {
                run = [.. line.Spans];
                continue;
            }
            var last = run[^1].Text.TrimEnd();
            run.Add(Span.Plain(last.Length > 0 && ".?!:".Contains(last[^1]) ? " " : ". "));
            run.AddRange(line.Spans);
        }
        Flush();
        return result;

        void Flush()
        {
            if (run is not null) result.Add(new Line(run));
            run = null;
        }
    }
}

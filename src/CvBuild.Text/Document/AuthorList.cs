using CvBuild.Core.Model;

namespace CvBuild.Text.Document;

/// <summary>Author and inventor lists as spans: the owner strong, equal-contribution authors marked '*'.</summary>
public static class AuthorList
{
    /// <param name="max">When set and exceeded, only the first <paramref name="max"/> names, then "et al." (the listing style).</param>
    public static IReadOnlyList<Span> Spans(IReadOnlyList<Author> authors, Person owner, int? max = null)
    {
        var shown = max is { } m && authors.Count > m ? authors.Take(m).ToList() : authors;
        return Spans(shown.Select(a => new AuthorSlot(a)).ToList(), shown.Count < authors.Count, owner);
    }

    /// <summary>A CV line's authors: shortened to <paramref name="max"/> with the owner always kept (settings.max_authors).</summary>
    public static IReadOnlyList<Span> Shortened(IReadOnlyList<Author> authors, Person owner, int? max)
    {
        var (slots, etAl) = AuthorShortening.Shorten(authors, owner, max);
        return Spans(slots, etAl, owner);
    }

    private static List<Span> Spans(IReadOnlyList<AuthorSlot> slots, bool etAl, Person owner)
    {
        var spans = new List<Span>();
        for (var i = 0; i < slots.Count; i++)
        {
            if (i > 0) spans.Add(Span.Plain(", "));
            if (slots[i].Author is not { } author)
            {
                spans.Add(Span.Plain("\u2026"));
                continue;
            }
            spans.Add((owner.IsOwner(author.Name) ? Span.Strong(author.Name) : Span.Plain(author.Name)) with { NoBreak = true });
            if (author.Equal) spans.Add(Span.Plain("*"));
        }
        if (etAl) spans.Add(Span.Plain(" et al."));
        return spans;
    }

    public static IReadOnlyList<Span> Spans(IReadOnlyList<string> names, Person owner) =>
        Spans(names.Select(n => new Author(n)).ToList(), owner);
}

using CvBuild.Core.Model;

namespace CvBuild.Text.Document;

/// <summary>Author and inventor lists as spans: the owner strong, equal-contribution authors marked '*'.</summary>
public static class AuthorList
{
    /// <param name="max">When set and exceeded, only the first <paramref name="max"/> names, then "et al.".</param>
    public static IReadOnlyList<Span> Spans(IReadOnlyList<Author> authors, Person owner, int? max = null)
    {
        var spans = new List<Span>();
        var shown = max is { } m && authors.Count > m ? authors.Take(m).ToList() : authors;
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0) spans.Add(Span.Plain(", "));
            var author = shown[i];
            spans.Add((owner.IsOwner(author.Name) ? Span.Strong(author.Name) : Span.Plain(author.Name)) with { NoBreak = true });
            if (author.Equal) spans.Add(Span.Plain("*"));
        }
        if (shown.Count < authors.Count) spans.Add(Span.Plain(" et al."));
        return spans;
    }

    public static IReadOnlyList<Span> Spans(IReadOnlyList<string> names, Person owner) =>
        Spans(names.Select(n => new Author(n)).ToList(), owner);
}

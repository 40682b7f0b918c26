namespace CvBuild.Core.Model;

/// <summary>One place in a shortened author list: an author, or (Author null) the "…" standing for those left out.</summary>
public readonly record struct AuthorSlot(Author? Author)
{
    public bool IsGap => Author is null;
}

/// <summary>
/// Long author lists (physics collaborations list hundreds) shortened for a CV line: the first names, then the
/// owner even when far down the list, then "et al.". The owner must never disappear from their own CV.
/// </summary>
public static class AuthorShortening
{
    /// <returns>The slots to print, and whether "et al." follows (some authors after the last slot are left out).</returns>
    public static (IReadOnlyList<AuthorSlot> Slots, bool EtAl) Shorten(IReadOnlyList<Author> authors, Person owner, int? max)
    {
        if (max is not { } m || authors.Count <= m)
            return (authors.Select(a => new AuthorSlot(a)).ToList(), false);
        var slots = authors.Take(m).Select(a => new AuthorSlot(a)).ToList();
        var last = m - 1;
        var ownerAt = authors.Select((a, i) => (a, i)).FirstOrDefault(x => x.i >= m && owner.IsOwner(x.a.Name)).i;
        if (ownerAt >= m && !authors.Take(m).Any(a => owner.IsOwner(a.Name)))
        {
            if (ownerAt > m) slots.Add(new AuthorSlot(null));
            slots.Add(new AuthorSlot(authors[ownerAt]));
            last = ownerAt;
        }
        return (slots, last < authors.Count - 1);
    }
}

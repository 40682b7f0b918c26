using CvBuild.Core.Model;

namespace CvBuild.Presentation.Building;

/// <summary>One place in a shortened author list: an author, or (Author null) the "…" standing for those left out.</summary>
public readonly record struct AuthorSlot(Author? Author)
{
    public bool IsGap => Author is null;
}

/// <summary>
/// The one "et al." rule of every output. Long author lists (physics collaborations list hundreds) are cut to
/// the first names, then the owner even when far down the list, then "et al."; the owner never disappears from
/// their own CV. An author written <c>others</c> (BibTeX's convention) is not a person: it means "et al.".
/// </summary>
public static class AuthorShortening
{
    /// <summary>True for the author name that stands for unnamed further authors.</summary>
    public static bool IsOthers(string name) => name.Trim().Equals("others", StringComparison.OrdinalIgnoreCase);

    /// <param name="max">Authors to keep before "et al." (the owner may be added); null keeps all.</param>
    /// <returns>The slots to print, and whether "et al." follows.</returns>
    public static (IReadOnlyList<AuthorSlot> Slots, bool EtAl) Shorten(IReadOnlyList<Author> authors, Person owner, int? max)
    {
        var named = authors.Where(a => !IsOthers(a.Name)).ToList();
        var others = named.Count < authors.Count;
        if (max is not { } m || named.Count <= m)
            return ([.. named.Select(a => new AuthorSlot(a))], others);
        var slots = named.Take(m).Select(a => new AuthorSlot(a)).ToList();
        var last = m - 1;
        if (!named.Take(m).Any(a => !a.Organization && owner.IsOwner(a.Name)))
        {
            var ownerAt = named.FindIndex(m, a => !a.Organization && owner.IsOwner(a.Name));
            if (ownerAt >= m)
            {
                if (ownerAt > m) slots.Add(new AuthorSlot(null));
                slots.Add(new AuthorSlot(named[ownerAt]));
                last = ownerAt;
            }
        }
        return (slots, others || last < named.Count - 1);
    }
}

using CvBuild.Core.Model;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Sections;

/// <summary>Author and inventor lists: the owner in bold wherever they appear, "*" after equal contributors.</summary>
internal static class AuthorList
{
    public static Para Append(Para para, Styles styles, Person owner, IEnumerable<(string Name, bool Equal)> names)
    {
        var first = true;
        foreach (var (name, equal) in names)
        {
            if (!first) para.Add(", ", styles.Body);
            first = false;
            AppendName(para, styles, owner, name, equal);
        }
        return para;
    }

    /// <summary>A publication's authors, shortened to settings.max_authors with the owner always kept.</summary>
    public static Para Append(Para para, Styles styles, Person owner, IReadOnlyList<Author> authors, int? max)
    {
        var (slots, etAl) = AuthorShortening.Shorten(authors, owner, max);
        for (var i = 0; i < slots.Count; i++)
        {
            if (i > 0) para.Add(", ", styles.Body);
            if (slots[i].Author is { } a) AppendName(para, styles, owner, a.Name, a.Equal);
            else para.Add("\u2026", styles.Body);
        }
        if (etAl) para.Add(" et al.", styles.Body);
        return para;
    }

    private static void AppendName(Para para, Styles styles, Person owner, string name, bool equal)
    {
        para.Add(name, owner.IsOwner(name) ? styles.Bold : styles.Body);
        // The mark is not part of the name: regular weight even after the bold owner, as in the source CV.
        if (equal) para.Add("*", styles.Body);
    }
}

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
            var style = owner.IsOwner(name) ? styles.Bold : styles.Body;
            para.Add(name, style);
            // The mark is not part of the name: regular weight even after the bold owner, as in the source CV.
            if (equal) para.Add("*", styles.Body);
        }
        return para;
    }
}

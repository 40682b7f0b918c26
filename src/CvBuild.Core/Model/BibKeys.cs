namespace CvBuild.Core.Model;

/// <summary>
/// What a BibTeX entry key may hold. bibtex ends a key at white space or a comma and reads braces, parentheses,
/// '=', '"', '#', '%' and "'" as the file's own syntax (BibTeX's scanner, "Illegal end of database key"); LaTeX
/// reads '\', '~', '%' and '#' inside \cite as a command, a tie, a comment and a macro parameter; biber's
/// parser (btparse) takes the same keys as bibtex. A key without these characters is cited as written.
/// </summary>
public static class BibKeys
{
    /// <summary>True when <paramref name="c"/> cannot appear in a key bibtex, biber and \cite all accept.</summary>
    public static bool IsForbidden(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or '{' or '}' or '(' or ')' or '"' or '#' or '%' or '\'' or '=' or '\\' or '~';

    /// <summary>The distinct forbidden characters of <paramref name="key"/>, in the order met; empty for a valid key.</summary>
    public static IReadOnlyList<char> Forbidden(string key) => [.. key.Where(IsForbidden).Distinct()];
}

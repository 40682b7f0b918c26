using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX;

/// <summary>Characters the bibtex dialect cannot spell as LaTeX: kept as UTF-8 (or '?' with --ascii), and reported.</summary>
public static partial class BibTeXWriter
{
    /// <summary>
    /// One warning per field: its entry key, the field, the characters with their code points, and what a document
    /// needs to print them. The bibtex dialect keeps them as UTF-8 (bibtex copies bytes it does not know through
    /// unchanged), since a '?' would lose the author's text; only --ascii, which promises an ASCII file, writes '?'.
    /// </summary>
    private static Diagnostic UnspellableWarning(string key, string field, string characters, SourceSpan? source, bool ascii)
    {
        var verb = characters.EnumerateRunes().Count() == 1 ? "has" : "have";
        var what = $"entry '{key}', field '{field}': {Describe(characters)} {verb} no LaTeX spelling for pdflatex; ";
        var cjk = characters.EnumerateRunes().Any(r => PersonName.FamilyFirst(r.ToString()) || r.Value is >= 0x3040 and <= 0x30FF);
        var advice = ascii
            ? "written as '?' (without --ascii they stay UTF-8; the biblatex dialect keeps Unicode, for biber with XeLaTeX or LuaLaTeX)"
            : "kept as UTF-8, which bibtex reads unchanged; to print them, compile with XeLaTeX or LuaLaTeX"
              + (cjk ? ", or with pdflatex and \\usepackage{CJKutf8} (text inside \\begin{CJK}{UTF8}{...})" : ", or with pdflatex and a package for the script (e.g. babel with the language)");
        return new Diagnostic(Severity.Warning, source ?? new SourceSpan("", 0, 0), what + advice);
    }

    /// <summary>A file that keeps UTF-8 says so on its second line, as JabRef and biblatex users expect.</summary>
    private static void KeptUtf8(StringBuilder sb, BibTeXOptions options, bool anyUnspellable)
    {
        if (!options.UseMacros || options.Ascii || !anyUnspellable) return;
        var firstLineEnd = sb.ToString().IndexOf('\n', StringComparison.Ordinal);
        sb.Insert(firstLineEnd + 1, "% Encoding: UTF-8\n");
    }
}

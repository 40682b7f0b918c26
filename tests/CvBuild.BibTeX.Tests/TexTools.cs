using System.Text;
using System.Xml.Linq;
using CvBuild.TestSupport;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// Runs the real tools on a .bib: classic bibtex with plain.bst (which exits 0 even when it warns, so the
/// .blg is read), biber's data-model validation, and whole LaTeX documents (pdflatex with natbib and
/// hyperref through bibtex, or with biblatex through biber). Tests using it are <see cref="ToolFactAttribute"/>s
/// naming the tools, so a machine without TeX skips them instead of passing them.
/// </summary>
internal static class TexTools
{
    /// <summary>Every bibtex warning and error line for the file; empty when it is clean.</summary>
    public static IReadOnlyList<string> Bibtex(string bib, string style = "plain")
    {
        var dir = Scratch(bib);
        File.WriteAllText(Path.Combine(dir, "doc.aux"), $"\\relax\n\\citation{{*}}\n\\bibstyle{{{style}}}\n\\bibdata{{refs}}\n");
        var (code, output) = Run("bibtex", dir, "doc");
        var blg = File.Exists(Path.Combine(dir, "doc.blg")) ? File.ReadAllText(Path.Combine(dir, "doc.blg")) : output;
        var problems = blg.Split('\n').Where(l => l.Contains("Warning--") || l.Contains("error message") || l.Contains("---line")).ToList();
        if (code > 1 || !File.Exists(Path.Combine(dir, "doc.bbl"))) problems.Add($"bibtex exited with {code}: {output}");
        return problems;
    }

    /// <summary>Every WARN and ERROR line of biber's data-model validation.</summary>
    public static IReadOnlyList<string> BiberValidate(string bib)
    {
        var dir = Scratch(bib);
        var (code, output) = Run("biber", dir, "--tool", "--validate-datamodel", "--dieondatamodel", "refs.bib");
        var problems = output.Split('\n').Where(l => l.StartsWith("WARN") || l.StartsWith("ERROR")).ToList();
        if (code != 0 && problems.Count == 0) problems.Add($"biber exited with {code}: {output}");
        return problems;
    }

    /// <summary>
    /// Every author of every entry as classic bibtex's format.name$ splits it (a tiny style prints
    /// {ff}|{vv}|{ll}|{jj} per name), with ties as spaces and braces removed.
    /// </summary>
    public static IReadOnlyList<NameParts> BibtexNames(string bib)
    {
        var dir = Scratch(bib);
        File.WriteAllText(Path.Combine(dir, "names.bst"), """
            ENTRY { author } { } { }
            INTEGERS { nameptr numnames }
            FUNCTION {names}
            { author num.names$ 'numnames :=
              #1 'nameptr :=
              { nameptr numnames #1 + < }
              { author nameptr "{ff}|{vv}|{ll}|{jj}" format.name$ write$ newline$
                nameptr #1 + 'nameptr := }
              while$
            }
            READ
            ITERATE {names}
            """);
        File.WriteAllText(Path.Combine(dir, "doc.aux"), "\\relax\n\\citation{*}\n\\bibstyle{names}\n\\bibdata{refs}\n");
        var (code, output) = Run("bibtex", dir, "doc");
        Assert.True(code <= 1, output);
        return [.. File.ReadAllLines(Path.Combine(dir, "doc.bbl")).Where(l => l.Length > 0).Select(l =>
        {
            var p = l.Replace('~', ' ').Replace("{", "").Replace("}", "").Split('|');
            return new NameParts(p[0], p[1], p[2], p[3]);
        })];
    }

    /// <summary>Every author of every entry as biber splits it (its biblatexml output names each part), braces removed.</summary>
    public static IReadOnlyList<NameParts> BiberNames(string bib)
    {
        var dir = Scratch(bib);
        var (code, output) = Run("biber", dir, "--tool", "--output-format=biblatexml", "refs.bib");
        Assert.True(code == 0, output);
        XNamespace bltx = "http://biblatex-biber.sourceforge.net/biblatexml";
        var xml = XDocument.Load(Path.Combine(dir, "refs_bibertool.bltxml"));
        string Part(XElement name, string type) =>
            name.Elements(bltx + "namepart").FirstOrDefault(e => (string?)e.Attribute("type") == type) is { } part
                ? (part.HasElements ? string.Join(' ', part.Elements().Select(e => e.Value)) : part.Value).Replace("{", "").Replace("}", "")
                : "";
        return [.. xml.Descendants(bltx + "name").Select(n => new NameParts(Part(n, "given"), Part(n, "prefix"), Part(n, "family"), Part(n, "suffix")))];
    }

    /// <summary>The formatted .bbl text, for checking what a style prints.</summary>
    public static string Bbl(string bib, string style = "plain")
    {
        var dir = Scratch(bib);
        File.WriteAllText(Path.Combine(dir, "doc.aux"), $"\\relax\n\\citation{{*}}\n\\bibstyle{{{style}}}\n\\bibdata{{refs}}\n");
        Run("bibtex", dir, "doc");
        return File.ReadAllText(Path.Combine(dir, "doc.bbl"));
    }

    /// <summary>
    /// Typesets every entry of the .bib in a LaTeX document with pdflatex: through bibtex with natbib
    /// (plainnat) and hyperref, or through biber with biblatex. Returns every error of pdflatex, bibtex or
    /// biber, and every character the fonts lack (\tracinglostchars=3 makes those errors); empty when the
    /// document compiles cleanly.
    /// </summary>
    /// <param name="biberDecodes">
    /// False runs biber with --decodecharsset=null: by default biber turns the .bib's LaTeX spellings into
    /// Unicode and writes that to the .bbl, where pdflatex's inputenc knows only part of it (Latin Extended
    /// Additional such as ḍ, accents over \i); a pdflatex document with such characters needs this switch
    /// (biber manual, "--decodecharsset"), whatever wrote the .bib.
    /// </param>
    public static IReadOnlyList<string> Compile(string bib, bool biblatex, bool biberDecodes = true)
    {
        var dir = Scratch(bib);
        var preamble = biblatex
            ? "\\usepackage[backend=biber,style=numeric]{biblatex}\n\\addbibresource{refs.bib}\n"
            : "\\usepackage[numbers]{natbib}\n";
        var body = biblatex ? "\\printbibliography\n" : "\\bibliographystyle{plainnat}\n\\bibliography{refs}\n";
        File.WriteAllText(Path.Combine(dir, "doc.tex"),
            "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\usepackage[utf8]{inputenc}\n" + preamble
            + "\\usepackage{hyperref}\n\\tracinglostchars=3\n\\begin{document}\n\\nocite{*}\n" + body + "\\end{document}\n");
        var problems = new List<string>();
        string[] latex = ["-interaction=nonstopmode", "-halt-on-error", "doc.tex"];
        if (LatexErrors(Run("pdflatex", dir, latex), dir, problems)) return problems;
        var (code, output) = !biblatex ? Run("bibtex", dir, "doc")
            : biberDecodes ? Run("biber", dir, "doc") : Run("biber", dir, "--decodecharsset=null", "doc");
        if (code != 0) problems.Add($"{(biblatex ? "biber" : "bibtex")} exited with {code}: {output}");
        problems.AddRange(output.Split('\n').Where(l => l.StartsWith("ERROR") || l.Contains("error message")));
        if (problems.Count > 0) return problems;
        LatexErrors(Run("pdflatex", dir, latex), dir, problems);
        return problems;
    }

    /// <summary>Adds the "!" error lines (with the two lines of context TeX prints) of the run's log.</summary>
    private static bool LatexErrors((int Code, string Output) run, string dir, List<string> problems)
    {
        var log = File.Exists(Path.Combine(dir, "doc.log")) ? File.ReadAllText(Path.Combine(dir, "doc.log"), Encoding.Latin1) : run.Output;
        var lines = log.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith('!')) problems.Add(string.Join(" | ", lines.Skip(i).Take(3)).TrimEnd());
        if (run.Code != 0 && problems.Count == 0) problems.Add($"pdflatex exited with {run.Code}: {string.Join("\n", lines.TakeLast(20))}");
        return problems.Count > 0;
    }

    private static string Scratch(string bib)
    {
        var dir = Path.Combine(Path.GetTempPath(), "cvbuild-tex-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "refs.bib"), bib, new UTF8Encoding(false));
        return dir;
    }

    private static (int Code, string Output) Run(string tool, string dir, params string[] args)
    {
        var (code, stdout, stderr) = ExternalTools.Run(tool, args, dir);
        return (code, stdout + stderr);
    }
}

/// <summary>A name's four parts as a tool split them: given (First), von (prefix), family (Last), Jr (suffix).</summary>
internal sealed record NameParts(string Given, string Von, string Family, string Jr);

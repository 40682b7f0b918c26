namespace CvBuild.BibTeX;

/// <summary>Classic BibTeX (plain.bst and friends) or biblatex with biber.</summary>
public enum BibDialect { BibTeX, BibLaTeX }

/// <summary>What the export writes; the defaults give a classic .bib that plain.bst reads without warnings.</summary>
public sealed record BibTeXOptions
{
    public BibDialect Dialect { get; init; } = BibDialect.BibTeX;
    /// <summary>
    /// An ASCII file: non-ASCII as LaTeX macros even in the biblatex dialect (the bibtex dialect always spells what
    /// LaTeX can), and '?' for characters LaTeX has no spelling for (which the bibtex dialect otherwise keeps as UTF-8).
    /// </summary>
    public bool Ascii { get; init; }
    public bool Abstracts { get; init; }
    /// <summary>Also export invited talks, as @misc entries.</summary>
    public bool IncludeTalks { get; init; }
    /// <summary>Add "Equal contribution: A and B" to the note, for styles that cannot print annotations.</summary>
    public bool EqualNote { get; init; }

    /// <summary>Unicode is only safe where biber reads the file; 8-bit bibtex mangles case changes of UTF-8.</summary>
    internal bool UseMacros => Ascii || Dialect == BibDialect.BibTeX;

    public static readonly BibTeXOptions Default = new();
}

/// <summary>An export: the .bib text and the warnings about it (characters with no LaTeX spelling, kept as UTF-8 or written as '?').</summary>
public sealed record BibTeXExport(string Text, IReadOnlyList<CvBuild.Core.Diagnostics.Diagnostic> Diagnostics);

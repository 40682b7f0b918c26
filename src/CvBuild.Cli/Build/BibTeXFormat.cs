using CvBuild.BibTeX;
using CvBuild.Core.Model;

namespace CvBuild.Cli.Build;

/// <summary>The publications and patents as a .bib file.</summary>
internal sealed class BibTeXFormat : IOutputFormat
{
    public string Name => "bibtex";
    public string Description => "Export the publications and patents as a .bib file, one entry each, in the CV's order.";
    public string Extension => ".bib";
    public bool IsText => true;
    public IReadOnlyList<string> Variants { get; } = ["full"];

    public IReadOnlyList<FormatOption> Options { get; } =
    [
        FormatOption.Choice("dialect", "bibtex: classic types and LaTeX macros for plain.bst and friends (characters LaTeX cannot spell, such as Han or Hangul, stay UTF-8, with a warning; docs/bibtex-output.md); biblatex: biber's types, UTF-8 and equal-contribution annotations.", "bibtex", "bibtex", "biblatex"),
        FormatOption.Flag("ascii", "An ASCII file: non-ASCII characters as LaTeX macros ({\\\"u}) in the biblatex dialect too, and '?' for characters LaTeX cannot spell."),
        FormatOption.Flag("abstracts", "Include abstracts."),
        FormatOption.Flag("include_talks", "Add the invited talks as @misc entries."),
        FormatOption.Flag("equal_note", "Add 'Equal contribution: A and B' to the note of papers with equal contribution."),
    ];

    public RenderedOutput Render(Cv cv, string variant, OptionValues options, RenderContext context)
    {
        var bib = new BibTeXOptions
        {
            Dialect = options.Choice("dialect") == "biblatex" ? BibDialect.BibLaTeX : BibDialect.BibTeX,
            Ascii = options.Flag("ascii"),
            Abstracts = options.Flag("abstracts"),
            IncludeTalks = options.Flag("include_talks"),
            EqualNote = options.Flag("equal_note"),
        };
        var talks = bib.IncludeTalks ? $", {cv.Talks.Count} talks" : "";
        var export = BibTeXWriter.Export(cv, bib);
        return new RenderedOutput(Utf8.Bytes(export.Text), $"{cv.Publications.Count} publications, {cv.Patents.Count} patents{talks}")
        {
            Warnings = export.Diagnostics,
        };
    }
}

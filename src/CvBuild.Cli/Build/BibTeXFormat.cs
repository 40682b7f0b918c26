using CvBuild.BibTeX;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Schema;

namespace CvBuild.Cli.Build;

/// <summary>The publications as a .bib file in a build, with the bibtex command's options.</summary>
internal sealed class BibTeXFormat : IOutputFormat
{
    public string Name => "bibtex";

    public OutputFormatSpec Spec { get; } = new("bibtex", ["full"], new ObjectSpec("bibtex options", "Options of a BibTeX output.",
    [
        new("dialect", FieldType.Enum, "bibtex (classic, plain.bst) or biblatex (for biber).", false, "biblatex") { Values = ["bibtex", "biblatex"] },
        new("ascii", FieldType.Boolean, "LaTeX accent macros instead of UTF-8.", false, "true"),
        new("abstracts", FieldType.Boolean, "Include abstracts.", false, "true"),
        new("include_talks", FieldType.Boolean, "Add the invited talks as entries.", false, "true"),
        new("equal_note", FieldType.Boolean, "Name the equal-contribution authors in a note.", false, "true"),
    ]));

    public byte[] Render(Cv cv, OutputEntry entry)
    {
        bool Flag(string name) => entry.Options.TryGetValue(name, out var v) && (bool)v;
        var options = new BibTeXOptions
        {
            Dialect = entry.Options.TryGetValue("dialect", out var d) && (string)d == "biblatex" ? BibDialect.BibLaTeX : BibDialect.BibTeX,
            Ascii = Flag("ascii"),
            Abstracts = Flag("abstracts"),
            IncludeTalks = Flag("include_talks"),
            EqualNote = Flag("equal_note"),
        };
        return DocumentOptionFields.Utf8(BibTeXWriter.Write(cv, options));
    }
}

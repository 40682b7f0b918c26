using CvBuild.Core.Model;
using CvBuild.Core.Schema;

namespace CvBuild.Cli.Build;

/// <summary>
/// A kind of file cvbuild makes, used alike by its command (<c>cvbuild pdf</c>) and by <c>cvbuild build</c>: a
/// name, the variants and options it accepts, and a function from the CV to the file's bytes. The same
/// variant and options give the same bytes through either path.
/// </summary>
public interface IOutputFormat
{
    /// <summary>The command and the configuration's <c>format</c>: "pdf", "text", "markdown", "bibtex".</summary>
    string Name { get; }
    /// <summary>The command's one-line help.</summary>
    string Description { get; }
    /// <summary>The default output's extension, ".pdf".</summary>
    string Extension { get; }
    /// <summary>Whether the output is text that <c>-o -</c> may print.</summary>
    bool IsText { get; }
    IReadOnlyList<string> Variants { get; }
    IReadOnlyList<FormatOption> Options { get; }

    /// <summary>The file's bytes and a one-line summary for the command to print.</summary>
    /// <exception cref="OutputException">A problem the user can fix (an unknown section, a font that is not bundled).</exception>
    RenderedOutput Render(Cv cv, string variant, OptionValues options, RenderContext context);

    /// <summary>Files besides the CV that rendering reads (a PDF theme file), as full paths: no output may overwrite them.</summary>
    IReadOnlyList<string> Inputs(Cv cv, OptionValues options) => [];

    /// <summary>Whether the output draws text with the bundled fonts, so a character none of them has is worth a warning.</summary>
    bool UsesBundledFonts => false;
}

/// <summary>
/// What an output became: its bytes, what it holds for the written line ("3 pages", "12 publications, 2 patents";
/// null when only its size says anything, see <see cref="Output.WrittenLine"/>), and warnings about facts the
/// format could not carry exactly (a character BibTeX cannot spell), positioned in the CV.
/// </summary>
public sealed record RenderedOutput(byte[] Bytes, string? Holds)
{
    public IReadOnlyList<CvBuild.Core.Diagnostics.Diagnostic> Warnings { get; init; } = [];
}

/// <summary>The build configuration's view of a format.</summary>
public static class OutputFormatSpecs
{
    public static OutputFormatSpec Of(IOutputFormat format) =>
        new(format.Name, format.Variants, new ObjectSpec($"{format.Name} options", $"Options of a {format.Name} output.", [.. format.Options.Select(o => o.Field)]));
}

using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;
using CvBuild.Core.Model;
using CvBuild.Core.Schema;
using CvBuild.Pdf;
using CvBuild.Pdf.Theming;
using CvBuild.Presentation.Building;

namespace CvBuild.Cli.Build;

/// <summary>The typeset PDF, in any variant of the presentation document, with the CV's design or these overrides.</summary>
internal sealed class PdfFormat : IOutputFormat
{
    public string Name => "pdf";
    public string Description => "Typeset the CV as a PDF.";
    public string Extension => ".pdf";
    public bool IsText => false;
    public bool UsesBundledFonts => true;
    public IReadOnlyList<string> Variants => DocumentOptions.VariantNames;

    public IReadOnlyList<FormatOption> Options { get; } =
    [
        new("theme", FieldType.String,
            $"Theme: a built-in one ({string.Join(", ", BuiltInThemes.Names)}) or the path of a theme YAML file, see docs/themes.md (default: the CV's design.theme).",
            "the CV's", "banded") { Placeholder = "name|path" },
        FormatOption.Choice("page_size", "Page size (default: the CV's design.page_size).", "the CV's", "a4", "letter"),
        FormatOption.Number("max_pages", "Fail (exit 1, file not written) when the PDF has more pages than this: a funder's page limit.", "none", 1, 10000, "2"),
        .. ContentOptions.All,
    ];

    public IReadOnlyList<string> Inputs(Cv cv, OptionValues options) => ThemePath(cv, options) is { } file ? [file] : [];

    /// <summary>
    /// The theme file an output reads, as a full path, or null for a built-in theme. A path in an option is relative to
    /// <see cref="OptionValues.OptionDirectory"/>; one in the CV's design.theme to the CV's folder.
    /// </summary>
    internal static string? ThemeFile(Cv cv, OptionValues options)
    {
        var file = ThemePath(cv, options);
        // A name that is neither built in nor a file is a mistake in the command line, not in the CV (whose
        // design.theme DesignCheck reports at its line).
        if (file is not null && options.Choice("theme") is { } option && FileNode.Of(file).Kind == FileKind.Missing)
            throw new OptionException($"theme '{DiagnosticText.Escape(option)}' is not a built-in theme ({string.Join(", ", BuiltInThemes.Names)}) and there is no theme file {DiagnosticText.Escape(file)}");
        return file;
    }

    /// <summary>The theme file's full path as <see cref="ThemeFile"/> resolves it, whether or not it exists.</summary>
    internal static string? ThemePath(Cv cv, OptionValues options)
    {
        if (options.Choice("theme") is { } option)
            return BuiltInThemes.IsBuiltIn(option) ? null : Path.GetFullPath(option, options.OptionDirectory ?? Directory.GetCurrentDirectory());
        var named = cv.Settings.Design.Theme;
        if (BuiltInThemes.IsBuiltIn(named)) return null;
        var cvDirectory = options.CvPath is { } cvPath ? Path.GetDirectoryName(Path.GetFullPath(cvPath))! : Directory.GetCurrentDirectory();
        return Path.GetFullPath(named, cvDirectory);
    }

    public RenderedOutput Render(Cv cv, string variant, OptionValues options, RenderContext context)
    {
        var design = cv.Settings.Design;
        var themeName = options.Choice("theme") ?? design.Theme;
        // A built-in theme is parsed on the second core while the presentation document is built.
        if (BuiltInThemes.IsBuiltIn(themeName))
            context.LoadInBackground(() => BuiltInThemes.Get(themeName));
        var document = ContentOptions.Build(cv, variant, options, context);
        var pdfOptions = new PdfOptions
        {
            Fonts = context.Fonts,
            Design = design with
            {
                Theme = themeName,
                PageSize = options.Choice("page_size") ?? design.PageSize,
            },
            Theme = ThemeFile(cv, options) is { } file ? ReadTheme(file, context.Fonts.Families) : null,
            Date = context.DateOf(cv),
            Version = RenderContext.Version,
        };
        try
        {
            var rendering = CvPdfRenderer.RenderDetailed(document, pdfOptions);
            var pages = rendering.PageCount == 1 ? "1 page" : $"{rendering.PageCount} pages";
            if (options.Integer("max_pages") is { } limit && rendering.PageCount > limit)
                throw new PageLimitException($"{pages}, more than the limit of {limit} (max_pages); not written");
            return new RenderedOutput(rendering.Pdf, pages);
        }
        catch (PdfRenderException ex)
        {
            throw new OutputException(ex.Message);
        }
    }

    /// <summary>Reads a theme file with the bounded input reader; its problems travel as positioned diagnostics.</summary>
    private static Theme ReadTheme(string file, IReadOnlyCollection<string> families)
    {
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        var read = ThemeReader.ReadFile(file, shown.StartsWith("..", StringComparison.Ordinal) ? file : shown, families);
        return read.Theme ?? throw new OutputException($"the theme file {shown} has errors")
        {
            Diagnostics = read.Diagnostics,
            SourceText = read.SourceText,
        };
    }
}

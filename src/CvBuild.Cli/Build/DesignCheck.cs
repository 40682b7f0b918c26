using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;
using CvBuild.Core.Model;
using CvBuild.Pdf.Theming;

namespace CvBuild.Cli.Build;

/// <summary>
/// What a CV's settings name outside the CV: the locale (settings.locale), the PDF theme (design.theme) and font
/// families (design.body_font, design.heading_font). Checked the way the outputs use them, each problem at the line
/// that names it, or inside the theme file. <c>check</c> reports them all; <c>pdf</c> and <c>build</c> before drawing,
/// so no command accepts what another then refuses.
/// </summary>
internal static class DesignCheck
{
    /// <summary>The problems, and the text of each file they point into (for the excerpt under each).</summary>
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Texts)
    {
        public bool HasErrors => Diagnostics.Any(d => d.IsError);
    }

    /// <param name="cvPath">The CV file; a theme path in design.theme is relative to its folder.</param>
    /// <param name="families">The font families that can be drawn; null skips the theme and font checks (text outputs).</param>
    public static Result Of(Cv cv, string cvPath, IReadOnlyCollection<string>? families)
    {
        var diagnostics = new List<Diagnostic>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            LocaleChoice.Resolve(null, cv, null);
        }
        catch (OutputException ex)
        {
            diagnostics.AddRange(ex.Diagnostics.Count > 0 ? ex.Diagnostics : [new Diagnostic(Severity.Error, At(cv.Settings.LocaleSource, cvPath), ex.Message)]);
        }
        if (families is null) return new Result(diagnostics, texts);

        var design = cv.Settings.Design;
        if (!BuiltInThemes.IsBuiltIn(design.Theme))
        {
            var file = PdfFormat.ThemePath(cv, new OptionValues(new Dictionary<string, object>()) { CvPath = cvPath })!;
            if (FileNode.Of(file).Kind == FileKind.Missing)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, At(design.ThemeSource, cvPath),
                    $"theme '{DiagnosticText.Escape(design.Theme)}' is not a built-in theme ({string.Join(", ", BuiltInThemes.Names)}) "
                    + $"and there is no theme file {DiagnosticText.Escape(file)}"));
            }
            else
            {
                var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
                var read = ThemeReader.ReadFile(file, shown.StartsWith("..", StringComparison.Ordinal) ? file : shown, families);
                diagnostics.AddRange(read.Diagnostics);
                if (read.SourceText is { } text) texts[read.Diagnostics.FirstOrDefault()?.Span.File ?? shown] = text;
            }
        }
        foreach (var (family, at) in new[] { (design.BodyFont, design.BodyFontSource), (design.HeadingFont, design.HeadingFontSource) })
            if (family is not null && FontNames.Problem(family, families) is { } problem)
                diagnostics.Add(new Diagnostic(Severity.Error, At(at, cvPath), problem));
        return new Result(diagnostics, texts);
    }

    private static SourceSpan At(SourceSpan? span, string cvPath) => span ?? new SourceSpan(cvPath, 1, 1);
}

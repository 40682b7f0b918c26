using CvBuild.Core.Model;

namespace CvBuild.Cli.Build;

/// <summary>
/// The files an output reads besides the CV and its included and .bib files: the locale file and the theme file,
/// named by the CV's settings (settings.locale, design.theme) or by the output's options (--locale, --theme). They
/// are inputs whatever the format: no output may overwrite them (a text output written over the theme breaks the
/// next PDF), and 'watch' follows them.
/// </summary>
internal static class ReferencedFiles
{
    /// <returns>Full paths, without duplicates; empty when every named locale and theme is built in.</returns>
    public static IReadOnlyList<string> Of(Cv cv, OptionValues options, IOutputFormat format)
    {
        var directory = options.OptionDirectory ?? Directory.GetCurrentDirectory();
        string?[] named = [LocaleChoice.File(options.Choice("locale"), cv, directory), PdfFormat.ThemePath(cv, options)];
        return [.. named.OfType<string>().Concat(format.Inputs(cv, options)).Distinct(StringComparer.Ordinal)];
    }
}

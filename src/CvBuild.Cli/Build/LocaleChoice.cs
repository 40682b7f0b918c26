using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;
using CvBuild.Core.Model;
using CvBuild.Presentation.Strings;

namespace CvBuild.Cli.Build;

/// <summary>
/// Which presentation strings a document is worded with: the <c>locale</c> option (<c>--locale</c>, or <c>locale:</c>
/// on an output in cvbuild.yaml) when given, else the CV's <c>settings.locale</c>, else English. A value is a
/// built-in language tag (<see cref="PresentationStrings.BuiltInLocales"/>) or the path of a locale file: a copy of
/// en.yaml, translated. The option's path is relative to where the option was written (the working directory
/// for --locale, the folder of cvbuild.yaml for an output's locale:, as every other path in cvbuild.yaml);
/// settings.locale's to the CV file that holds it.
/// </summary>
internal static class LocaleChoice
{
    /// <summary>A locale file is a page of words; anything larger is not one.</summary>
    private const long MaxLocaleBytes = 256 * 1024;

    /// <exception cref="OptionException">The option names no built-in locale and no readable locale file (exit 2).</exception>
    /// <exception cref="OutputException">settings.locale does (exit 1); the message carries its position.</exception>
    /// <param name="optionDirectory">The folder the option's path is relative to (<see cref="OptionValues.OptionDirectory"/>); null: the working directory.</param>
    public static PresentationStrings Resolve(string? option, Cv cv, string? optionDirectory)
    {
        if (option is not null)
            return Resolve(option, optionDirectory ?? Directory.GetCurrentDirectory(), problem => new OptionException($"--locale: {problem}"));
        if (cv.Settings.Locale is not { } locale) return PresentationStrings.English;
        var source = cv.Settings.LocaleSource;
        var directory = SettingsDirectory(cv);
        return Resolve(locale, directory, problem => new OutputException($"settings.locale: {problem}")
        {
            Diagnostics = source is null ? [] : [new Diagnostic(Severity.Error, source, $"settings.locale: {problem}")],
        });
    }

    /// <summary>
    /// The locale file a document reads, as a full path, or null for a built-in locale: the option's (relative to
    /// <paramref name="optionDirectory"/>) when given, else settings.locale's (relative to the CV that says it).
    /// </summary>
    public static string? File(string? option, Cv cv, string optionDirectory)
    {
        if (option is not null) return IsPath(option) ? Path.GetFullPath(option, optionDirectory) : null;
        if (cv.Settings.Locale is not { } locale || !IsPath(locale)) return null;
        return Path.GetFullPath(locale, SettingsDirectory(cv));
    }

    /// <summary>The folder settings.locale's path is relative to: that of the file that says it (the CV or an included file).</summary>
    private static string SettingsDirectory(Cv cv) =>
        Path.GetDirectoryName(Path.GetFullPath(cv.Settings.LocaleSource?.File ?? ".")) ?? Directory.GetCurrentDirectory();

    /// <summary>A value with a path separator or a .yaml/.yml ending is a file; anything else a built-in tag.</summary>
    public static bool IsPath(string value) =>
        value.Contains('/') || value.Contains('\\')
        || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static PresentationStrings Resolve(string value, string directory, Func<string, OutputException> fail)
    {
        if (!IsPath(value))
            return PresentationStrings.BuiltIn(value)
                ?? throw fail($"no built-in locale '{DiagnosticText.Escape(value)}' (built-in: {string.Join(", ", PresentationStrings.BuiltInLocales)}; or give the path of your own locale file, e.g. ./my-locale.yaml)");
        var path = Path.Combine(directory, value);
        var read = InputFile.Read(path, MaxLocaleBytes, "a locale file");
        if (read.Bytes is null) throw fail($"{DiagnosticText.Escape(value)}: {read.Problem}");
        try
        {
            return PresentationStrings.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(read.Bytes));
        }
        catch (Exception ex) when (ex is FormatException or DecoderFallbackException)
        {
            throw fail($"{DiagnosticText.Escape(value)}: {DiagnosticText.Escape(ex.Message)}");
        }
    }
}

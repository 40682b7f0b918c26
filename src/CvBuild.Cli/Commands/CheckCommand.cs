using System.CommandLine;
using CvBuild.Cli.Build;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Layout;

namespace CvBuild.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var file = CommonOptions.CvFile();
        var command = new Command("check", "Validate a CV: print every problem with file, line and column, and a summary.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            // The font library (for the coverage and font-name checks) loads on the second core while the CV is read.
            var context = RenderContext.FromEnvironment();
            context.LoadInBackground(fonts: true);
            var result = CvLoader.Read(path);
            var coverage = result.Succeeded ? Coverage(result) : [];
            // What the CV names outside itself (locale, theme, fonts): an output command would refuse it, so check does.
            var design = result.Succeeded ? DesignCheck.Of(result.Cv!, path, context.FamiliesOrNull()) : null;
            // Each diagnostic is shown with a line of its own file: the CV, an included file, a .bib, the theme.
            CvLoader.Print([.. result.Diagnostics, .. coverage, .. design?.Diagnostics ?? []],
                f => design?.Texts.GetValueOrDefault(f) ?? result.SourceOf(f), parse.InvocationConfiguration.Error);
            if (!result.Succeeded || design!.HasErrors) return ExitCodes.InvalidData;
            parse.InvocationConfiguration.Output.WriteLine($"{DiagnosticText.Escape(path)}: ok: {Summary(result.Cv!)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    // A missing font folder is reported by the commands that draw; check still validates the CV.
    private static IReadOnlyList<Diagnostic> Coverage(ReadResult read)
    {
        try
        {
            return FontCoverage.Warnings(read, FontLibrary.Bundled);
        }
        catch (FontLoadException)
        {
            return [];
        }
    }

    /// <summary>
    /// "5 positions, 2 degrees, ...": one line, counts per section. The sections every CV has are counted even when empty (a zero is news: "0 publications"); the sections only
    /// some academics keep (grants, supervision, memberships, media, skills, languages) are counted where present.
    /// </summary>
    public static string Summary(Cv cv)
    {
        static string N(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
        static string? Some(int n, string one, string many) => n == 0 ? null : N(n, one, many);
        return string.Join(", ", new[]
        {
            N(cv.Positions.Count, "position", "positions"),
            N(cv.Education.Count, "degree", "degrees"),
            N(cv.Awards.Count, "award", "awards"),
            N(cv.Publications.Count, "publication", "publications"),
            N(cv.Patents.Count, "patent", "patents"),
            N(cv.Talks.Count, "talk", "talks"),
            N(cv.Teaching.Count, "teaching entry", "teaching entries"),
            N(cv.Service.Count, "service role", "service roles"),
            Some(cv.Grants.Count, "grant", "grants"),
            Some(cv.Supervision.Count, "supervised person", "supervised people"),
            Some(cv.Memberships.Count, "membership", "memberships"),
            Some(cv.Media.Count, "media item", "media items"),
            Some(cv.Skills.Count, "skill group", "skill groups"),
            Some(cv.Languages.Count, "language", "languages"),
            N(cv.CustomSections.Count, "custom section", "custom sections"),
        }.OfType<string>());
    }
}

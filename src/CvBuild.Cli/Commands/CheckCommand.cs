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
            var result = CvLoader.Read(path);
            var coverage = result.Succeeded ? Coverage(result) : [];
            CvLoader.Print([.. result.Diagnostics, .. coverage], result.SourceOf, parse.InvocationConfiguration.Error);
            if (!result.Succeeded) return ExitCodes.InvalidData;
            parse.InvocationConfiguration.Output.WriteLine($"{DiagnosticText.Escape(path)}: ok: {Summary(result.Cv!)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"1 person, 5 positions, 2 degrees, ..." — one line, counts per section.</summary>
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

    public static string Summary(Cv cv)
    {
        static string N(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
        return string.Join(", ",
            N(cv.Positions.Count, "position", "positions"),
            N(cv.Education.Count, "degree", "degrees"),
            N(cv.Awards.Count, "award", "awards"),
            N(cv.Publications.Count, "publication", "publications"),
            N(cv.Patents.Count, "patent", "patents"),
            N(cv.Talks.Count, "talk", "talks"),
            N(cv.Teaching.Count, "teaching entry", "teaching entries"),
            N(cv.Service.Count, "service role", "service roles"),
            N(cv.CustomSections.Count, "custom section", "custom sections"));
    }
}

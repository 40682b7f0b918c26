using System.CommandLine;
using System.Globalization;
using System.Reflection;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Pdf;

namespace CvBuild.Cli.Commands;

internal static class PdfCommand
{
    public static Command Create()
    {
        var file = CommonOptions.CvFile();
        var output = CommonOptions.Output("<cv>.pdf");
        var theme = new Option<string?>("--theme") { Description = "Theme: classic or modern (default: the CV's design.theme)." };
        theme.AcceptOnlyFromAmong("classic", "modern");
        var pageSize = new Option<string?>("--page-size") { Description = "Page size: a4 or letter (default: the CV's design.page_size)." };
        pageSize.AcceptOnlyFromAmong("a4", "letter");
        var onlySelected = new Option<bool>("--only-selected") { Description = "Show only publications marked selected." };
        var since = new Option<int?>("--since") { Description = "Leave out entries that ended before this year.", HelpName = "year" };
        var sections = new Option<string?>("--sections") { Description = "Comma-separated section ids to show, in this order.", HelpName = "a,b,c" };
        var numbering = new Option<string?>("--numbering") { Description = "Publication numbering: forward, reverse (newest highest) or none." };
        numbering.AcceptOnlyFromAmong("forward", "reverse", "none");

        var command = new Command("pdf", "Typeset the CV as a PDF.") { file, output, theme, pageSize, onlySelected, since, sections, numbering };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            var target = new OutputTarget(parse.GetValue(output) ?? CommonOptions.DefaultOutput(path, ".pdf"));
            if (target.Refuses([path], stdout, stderr, binary: true)) return ExitCodes.InvalidData;

            var cv = CvLoader.Load(path, stderr);
            if (cv is null) return ExitCodes.InvalidData;

            var requested = parse.GetValue(sections)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (requested is not null && SectionIds.UnknownIn(cv, requested) is { } unknown)
            {
                // A typo in --sections would otherwise silently drop a section from the CV.
                stderr.WriteLine($"cvbuild: error: unknown section '{DiagnosticText.Escape(unknown)}' in --sections (known: {string.Join(", ", SectionIds.KnownIn(cv))})");
                return ExitCodes.Usage;
            }
            var selection = new SelectionOptions
            {
                OnlySelected = parse.GetValue(onlySelected),
                Since = parse.GetValue(since),
                Sections = requested,
            };
            var options = new PdfOptions
            {
                Date = BuildDate(cv, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")),
                Theme = parse.GetValue(theme),
                PageSize = parse.GetValue(pageSize),
                Numbering = parse.GetValue(numbering) switch
                {
                    "forward" => Numbering.Forward,
                    "reverse" => Numbering.Reverse,
                    "none" => Numbering.None,
                    _ => null,
                },
                Version = Version,
            };

            PdfRendering rendering;
            try
            {
                rendering = CvPdfRenderer.RenderDetailed(CvSelection.Apply(cv, selection), options);
            }
            catch (PdfRenderException ex)
            {
                stderr.WriteLine($"cvbuild: error: {DiagnosticText.Escape(path)}: {DiagnosticText.Escape(ex.Message)}");
                return ExitCodes.InvalidData;
            }
            // Rendered fully in memory first: a failure above never touches the previous file.
            target.Write(rendering.Pdf, stdout);
            var pages = rendering.PageCount == 1 ? "1 page" : $"{rendering.PageCount} pages";
            // With "-o -" standard output is the PDF itself; the summary goes to standard error.
            (target.IsStandardOutput ? stderr : stdout).WriteLine($"wrote {DiagnosticText.Escape(target.Given)} ({pages}, {rendering.Pdf.Length / 1024.0:0.#} KB)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The document's date: the CV's last_updated, else SOURCE_DATE_EPOCH (reproducible builds), else none;
    /// never the clock, so rebuilding an unchanged CV gives the same bytes.
    /// </summary>
    internal static DateTimeOffset? BuildDate(Cv cv, string? sourceDateEpoch)
    {
        if (cv.LastUpdated is { } d) return new DateTimeOffset(d.Year, d.Month ?? 1, d.Day ?? 1, 0, 0, 0, TimeSpan.Zero);
        // Past year 9999 DateTimeOffset cannot hold it; such a value is ignored like a malformed one.
        if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        return null;
    }

    internal static string Version =>
        typeof(PdfCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}

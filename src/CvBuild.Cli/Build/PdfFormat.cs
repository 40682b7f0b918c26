using CvBuild.Cli.Commands;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Schema;
using CvBuild.Pdf;

namespace CvBuild.Cli.Build;

/// <summary>The typeset PDF in a build: variant full or short (selected publications), with the pdf command's options.</summary>
internal sealed class PdfFormat(string? sourceDateEpoch) : IOutputFormat
{
    public string Name => "pdf";

    public OutputFormatSpec Spec { get; } = new("pdf", ["full", "short"], new ObjectSpec("pdf options", "Options of a PDF output.",
    [
        new("theme", FieldType.Enum, "Theme (default: the CV's design.theme).", false, "modern") { Values = ["classic", "modern"] },
        new("page_size", FieldType.Enum, "Page size (default: the CV's design.page_size).", false, "letter") { Values = ["a4", "letter"] },
        new("numbering", FieldType.Enum, "Publication numbering.", false, "reverse") { Values = ["forward", "reverse", "none"] },
        new("only_selected", FieldType.Boolean, "Keep only publications marked selected (implied by variant short).", false, "true"),
        new("since", FieldType.Integer, "Drop entries that ended before this year.", false, "2020") { Min = 1000, Max = 9999 },
        new("sections", FieldType.StringList, "Section ids to show, in this order.", false, "[education, publications]"),
    ]));

    public byte[] Render(Cv cv, OutputEntry entry)
    {
        var o = entry.Options;
        var sections = DocumentOptionFields.Sections(cv, entry);
        var selection = new SelectionOptions
        {
            OnlySelected = entry.Variant == "short" || o.TryGetValue("only_selected", out var only) && (bool)only,
            Since = o.TryGetValue("since", out var since) ? (int)since : null,
            Sections = sections,
        };
        var options = new PdfOptions
        {
            Date = PdfCommand.BuildDate(cv, sourceDateEpoch),
            Theme = o.TryGetValue("theme", out var theme) ? (string)theme : null,
            PageSize = o.TryGetValue("page_size", out var size) ? (string)size : null,
            Numbering = o.TryGetValue("numbering", out var n) ? Enum.Parse<Numbering>((string)n, ignoreCase: true) : null,
            Version = PdfCommand.Version,
        };
        try
        {
            return CvPdfRenderer.Render(CvSelection.Apply(cv, selection), options);
        }
        catch (PdfRenderException ex)
        {
            throw new OutputException(ex.Message);
        }
    }
}

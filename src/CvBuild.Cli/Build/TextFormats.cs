using System.Text;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Schema;
using CvBuild.Text.Document;
using CvBuild.Text.Markdown;
using CvBuild.Text.PlainText;

namespace CvBuild.Cli.Build;

/// <summary>The options that choose a text document's content; text and Markdown share them.</summary>
internal static class DocumentOptionFields
{
    public static readonly FieldSpec[] Fields =
    [
        new("only_selected", FieldType.Boolean, "Keep only publications marked selected.", false, "true"),
        new("since", FieldType.Integer, "Drop entries that ended before this year.", false, "2020") { Min = 1000, Max = 9999 },
        new("max_authors", FieldType.Integer, "Authors listed in the publications listing before 'et al.' (default 3).", false, "3") { Min = 1, Max = 1000 },
        new("sections", FieldType.StringList, "Section ids to show, in this order (default: the CV's section_order).", false, "[education, publications]"),
    ];

    /// <summary>The entry's options.sections, checked against the CV; null when absent.</summary>
    public static IReadOnlyList<string>? Sections(Cv cv, OutputEntry entry)
    {
        var sections = entry.Options.TryGetValue("sections", out var s) ? (IReadOnlyList<string>)s : null;
        if (sections is not null && SectionIds.UnknownIn(cv, sections) is { } unknown)
            throw new OutputException($"unknown section '{unknown}' in options.sections (known: {string.Join(", ", SectionIds.KnownIn(cv))})");
        return sections;
    }

    public static DocumentOptions Read(Cv cv, OutputEntry entry)
    {
        var sections = Sections(cv, entry);
        return new DocumentOptions
        {
            Variant = DocumentOptions.ParseVariant(entry.Variant),
            OnlySelected = entry.Options.TryGetValue("only_selected", out var o) && (bool)o,
            Since = entry.Options.TryGetValue("since", out var since) ? (int)since : null,
            MaxAuthors = entry.Options.TryGetValue("max_authors", out var m) ? (int)m : 3,
            Sections = sections,
        };
    }

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}

internal sealed class PlainTextFormat : IOutputFormat
{
    public string Name => "text";

    public OutputFormatSpec Spec { get; } = new("text", DocumentOptions.VariantNames, new ObjectSpec("text options", "Options of a text output.",
    [
        new("width", FieldType.Integer, "Line width in display columns (default 80).", false, "80") { Min = PlainTextOptions.MinWidth, Max = PlainTextOptions.MaxWidth },
        new("ascii", FieldType.Boolean, "Transliterate to plain ASCII.", false, "true"),
        .. DocumentOptionFields.Fields,
    ]));

    public byte[] Render(Cv cv, OutputEntry entry) =>
        DocumentOptionFields.Utf8(PlainTextRenderer.Render(cv, new PlainTextOptions
        {
            Document = DocumentOptionFields.Read(cv, entry),
            Width = entry.Options.TryGetValue("width", out var w) ? (int)w : 80,
            Ascii = entry.Options.TryGetValue("ascii", out var a) && (bool)a,
        }));
}

internal sealed class MarkdownFormat : IOutputFormat
{
    public string Name => "markdown";

    public OutputFormatSpec Spec { get; } = new("markdown", DocumentOptions.VariantNames, new ObjectSpec("markdown options", "Options of a Markdown output.",
    [
        new("front_matter", FieldType.Boolean, "Begin with Jekyll front matter (layout: page, title).", false, "true"),
        .. DocumentOptionFields.Fields,
    ]));

    public byte[] Render(Cv cv, OutputEntry entry) =>
        DocumentOptionFields.Utf8(MarkdownRenderer.Render(cv, new MarkdownOptions
        {
            Document = DocumentOptionFields.Read(cv, entry),
            FrontMatter = entry.Options.TryGetValue("front_matter", out var f) && (bool)f,
        }));
}

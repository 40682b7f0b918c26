using CvBuild.Core.Model;
using CvBuild.Core.Schema;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Cli.Build;

/// <summary>
/// The options that choose what a document shows, shared by every format that lays out the presentation
/// document (PDF, text, Markdown), and the one place they become <see cref="DocumentOptions"/>.
/// </summary>
internal static class ContentOptions
{
    public static readonly IReadOnlyList<FormatOption> All =
    [
        FormatOption.Flag("only_selected", "Keep only publications marked selected (implied by variant short)."),
        FormatOption.Number("since", "Leave out every entry that ended before this year, in every section.", "none", 1000, 9999, "2020", "year"),
        new("sections", FieldType.StringList, "Section ids to show, in this order (default: the CV's section_order).", "the CV's order", "[education, publications]"),
        FormatOption.Choice("numbering", "Publication numbering: forward, reverse (newest highest) or none (default: the CV's settings.numbering).", "the CV's", "forward", "reverse", "none"),
        FormatOption.Number("max_authors", "Authors listed per publication before 'et al.', in every variant; the owner is always kept.",
            "the CV's settings.max_authors; in the publications variant else 3", 1, 10000, "5"),
        new("locale", FieldType.String, "Language of the printed words and dates: a built-in tag (" + string.Join(", ", PresentationStrings.BuiltInLocales)
            + ") or the path of a locale file (a translated copy of en.yaml), relative to the working directory (default: the CV's settings.locale, else en).", "the CV's", "fr") { Placeholder = "tag|file" },
    ];

    /// <exception cref="OptionException">sections names a section the CV does not have, or locale no locale.</exception>
    /// <exception cref="OutputException">The CV's settings.locale names no locale.</exception>
    public static PresentationDocument Build(Cv cv, string variant, OptionValues o, RenderContext context)
    {
        var sections = o.List("sections");
        if (sections is not null && SectionIds.UnknownIn(cv, sections) is { } unknown)
            throw new OptionException($"unknown section '{unknown}' in the sections option (known: {string.Join(", ", SectionIds.KnownIn(cv))})");
        var options = new DocumentOptions
        {
            Variant = DocumentOptions.ParseVariant(variant),
            OnlySelected = o.Flag("only_selected"),
            Since = o.Integer("since"),
            Sections = sections,
            Numbering = o.Choice("numbering") is { } n ? Enum.Parse<Numbering>(n, ignoreCase: true) : null,
            MaxAuthors = o.Integer("max_authors"),
            Date = context.FooterDateOf(cv),
        };
        return DocumentBuilder.Build(cv, options, LocaleChoice.Resolve(o.Choice("locale"), cv));
    }
}

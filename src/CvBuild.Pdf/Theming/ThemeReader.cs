using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Reading;
using CvBuild.Core.Schema;
using CvBuild.Layout;

namespace CvBuild.Pdf.Theming;

/// <summary>A theme file read: the theme, or null when it has errors; the diagnostics point into the file.</summary>
public sealed record ThemeReadResult(Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics, string? SourceText);

/// <summary>
/// Reads a theme YAML file with the CV reader's machinery, so a mistake reads the same way: file:line:col, unknown
/// keys with a "did you mean", bounds checked, every problem in one run. The built-in themes are read by it too.
/// </summary>
public static class ThemeReader
{
    /// <summary>A theme is a page of settings; anything much larger is not one.</summary>
    public const long MaxFileBytes = 64 * 1024;

    /// <summary>Exact bounds of each number field by name (a FieldSpec's bounds are whole numbers; these are not).</summary>
    private static readonly Dictionary<string, (double Min, double Max)> Bounds = [];

    private static FieldSpec Num(string name, string description, double min, double max, string example)
    {
        Bounds[name] = (min, max);
        return new(name, FieldType.Number, FormattableString.Invariant($"{description} From {min} to {max}."), false, example);
    }

    private static FieldSpec Choice(string name, string description, params string[] values) =>
        new(name, FieldType.Enum, description, false, values[0]) { Values = values };

    private static FieldSpec Obj(string name, ObjectSpec spec) => new(name, FieldType.Object, spec.Description) { Object = spec };

    internal static readonly ObjectSpec Fonts = new("fonts", "Font families (bundled in fonts/).",
    [
        new("body", FieldType.String, "Family of the body text.", false, "Noto Serif"),
        new("heading", FieldType.String, "Family of the name and headings.", false, "Noto Sans"),
    ]);

    internal static readonly ObjectSpec Colors = new("colors", "Colours as #rrggbb.",
    [
        new("text", FieldType.Color, "Body text.", false, "#1b1b1b"),
        new("muted", FieldType.Color, "Dates, numbers, footer.", false, "#5a5a5a"),
        new("accent", FieldType.Color, "Name, headings, links (the CV's accent_color overrides it).", false, "#1f3a5f"),
        new("rule", FieldType.Color, "Rule or band colour (default: the accent).", false, "#cccccc"),
        Num("rule_opacity", "0 (invisible) to 1 (solid).", 0, 1, "1"),
    ]);

    internal static readonly ObjectSpec Sizes = new("sizes", "Sizes in multiples of the base font size.",
    [
        Num("name", "The name on page one.", 1, 5, "2.5"),
        Num("heading", "Section headings.", 0.8, 3, "1.3"),
        Num("line_height", "Distance between baselines.", 1, 2, "1.25"),
    ]);

    internal static readonly ObjectSpec Spacing = new("spacing", "Vertical space in em.",
    [
        Num("section_gap", "Between sections.", 0, 5, "1.5"),
        Num("entry_gap", "Between entries.", 0, 3, "0.6"),
    ]);

    internal static readonly ObjectSpec Margins = new("margins", "Top and bottom margins as fractions of the design's margin_mm.",
    [
        Num("top", "Top margin.", 0.3, 2, "0.85"),
        Num("bottom", "Bottom margin.", 0.3, 2, "0.7"),
    ]);

    internal static readonly ObjectSpec Dates = new("dates", "The dates column.",
    [
        Choice("side", "Left or right of the entry.", "left", "right"),
        Num("width", "Width in em.", 3, 12, "6.4"),
        Choice("align", "Alignment inside the column.", "right", "left"),
        new("accent", FieldType.Boolean, "Dates in the accent colour instead of the muted one.", false, "false"),
    ]);

    internal static readonly ObjectSpec Headings = new("headings", "Section headings.",
    [
        Choice("style", "rule (a line under the heading), band (a coloured bar in the dates column, moderncv) or plain.", "rule", "band", "plain"),
        new("small_caps", FieldType.Boolean, "Set headings in small capitals, drawn as capitals: text copied from the PDF then reads in capitals.", false, "false"),
        Num("rule_thickness", "Thickness of the rule or band in points.", 0.2, 6, "0.6"),
    ]);

    internal static readonly ObjectSpec Entries = new("entries", "Entries.",
    [
        Choice("order", "title_first, or authors_first (a publication's authors before its title).", "title_first", "authors_first"),
        Choice("lines", "separate (each fact on its own line) or run_in (one paragraph).", "separate", "run_in"),
        Choice("paragraphs", "ragged (flush left) or justified (flush to both sides, words hyphenated by the CV's language): how abstracts and other paragraphs are set.", "justified", "ragged"),
    ]);

    internal static readonly ObjectSpec Header = new("header", "Page one's header.",
    [
        Choice("layout", "split (contacts flush right), centered, or sidebar (a column at the left of every page).", "split", "centered", "sidebar"),
        Num("sidebar_width", "Width of the sidebar in em.", 6, 20, "11"),
    ]);

    /// <summary>The whole file. docs/themes.md lists these fields.</summary>
    public static readonly ObjectSpec Root = new("theme", "A PDF theme.",
    [
        new("name", FieldType.String, "The theme's name.", true, "classic"),
        new("description", FieldType.String, "One line on what it is for.", false, "Serif, like a LaTeX CV."),
        Obj("fonts", Fonts), Obj("colors", Colors), Obj("sizes", Sizes), Obj("spacing", Spacing), Obj("margins", Margins),
        Obj("dates", Dates), Obj("headings", Headings), Obj("entries", Entries), Obj("header", Header),
    ]);

    /// <summary>Reads a theme file through the bounded input reader; a missing or unreadable file is one error at its path.</summary>
    /// <param name="shownPath">The path as the user wrote it, for messages.</param>
    /// <param name="families">The font families that can be drawn; a theme naming another is an error at that name. Null skips the check.</param>
    public static ThemeReadResult ReadFile(string path, string shownPath, IReadOnlyCollection<string>? families = null)
    {
        var read = Core.Files.InputFile.Read(path, MaxFileBytes, "a theme YAML file");
        if (read.Bytes is null)
            return Fail(shownPath, 0, read.NotFound ? "theme file not found (a built-in theme is one of: " + string.Join(", ", BuiltInThemes.Names) + ")" : read.Problem!);
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(read.Bytes).TrimStart('\uFEFF');
            return Parse(text, shownPath, families);
        }
        catch (DecoderFallbackException)
        {
            return Fail(shownPath, 1, "the file is not valid UTF-8; save it as UTF-8");
        }
    }

    private static ThemeReadResult Fail(string path, int line, string message)
    {
        var bag = new DiagnosticBag();
        bag.Error(new Core.Model.SourceSpan(path, line, line), message);
        return new ThemeReadResult(null, bag.Sorted(), null);
    }

    /// <summary>Reads theme YAML text; <paramref name="path"/> names it in diagnostics.</summary>
    public static ThemeReadResult Parse(string text, string path, IReadOnlyCollection<string>? families = null)
    {
        var bag = new DiagnosticBag();
        Theme? theme = null;
        if (YamlTreeBuilder.Build(text, path, bag) is { } root)
        {
            var ctx = new ReadContext(bag, nodeBudget: 2_000 + text.Length);
            try
            {
                theme = Map(ctx, root, families);
            }
            catch (ExpansionLimitExceeded ex)
            {
                bag.Error(ex.Span, "aliases expand this theme beyond any sensible size; refusing to read further");
            }
        }
        else if (!bag.HasErrors)
        {
            bag.Error(new Core.Model.SourceSpan(path, 1, 1), "the theme file is empty; it needs at least 'name'");
        }
        var diagnostics = bag.Sorted();
        return new ThemeReadResult(diagnostics.Any(d => d.IsError) ? null : theme, diagnostics, text);
    }

    private static Theme? Map(ReadContext ctx, YamlNode root, IReadOnlyCollection<string>? families)
    {
        var r = ctx.Object(root, Root);
        if (r is null) return null;
        var name = r.String("name");
        r.String("description");
        var fonts = ctx.Object(r.Node("fonts"), Fonts);
        if (families is not null && fonts is not null)
            foreach (var role in new[] { "body", "heading" })
                if (fonts.String(role) is { } family && fonts.Node(role) is { } node)
                    FontNames.Check(family, node.Span, families, ctx.Diagnostics);
        var colors = ctx.Object(r.Node("colors"), Colors);
        var sizes = ctx.Object(r.Node("sizes"), Sizes);
        var spacing = ctx.Object(r.Node("spacing"), Spacing);
        var margins = ctx.Object(r.Node("margins"), Margins);
        var dates = ctx.Object(r.Node("dates"), Dates);
        var headings = ctx.Object(r.Node("headings"), Headings);
        var entries = ctx.Object(r.Node("entries"), Entries);
        var header = ctx.Object(r.Node("header"), Header);
        var d = new Theme { Name = "default", Accent = Color.Black };
        var theme = new Theme
        {
            Name = name ?? "",
            BodyFamily = fonts?.String("body") ?? d.BodyFamily,
            HeadingFamily = fonts?.String("heading") ?? d.HeadingFamily,
            Text = Hex(colors?.Color("text")) ?? d.Text,
            Muted = Hex(colors?.Color("muted")) ?? d.Muted,
            Accent = Hex(colors?.Color("accent")) ?? Color.FromHex("#1f3a5f"),
            Rule = Hex(colors?.Color("rule")),
            RuleOpacity = Fraction(ctx, colors, "rule_opacity") ?? d.RuleOpacity,
            NameScale = Scale(ctx, sizes, "name") ?? d.NameScale,
            HeadingScale = Scale(ctx, sizes, "heading") ?? d.HeadingScale,
            LineHeight = Scale(ctx, sizes, "line_height") ?? d.LineHeight,
            SectionGap = Scale(ctx, spacing, "section_gap") ?? d.SectionGap,
            EntryGap = Scale(ctx, spacing, "entry_gap") ?? d.EntryGap,
            MarginTop = Scale(ctx, margins, "top") ?? d.MarginTop,
            MarginBottom = Scale(ctx, margins, "bottom") ?? d.MarginBottom,
            DateSide = dates?.Enum("side") == "right" ? DateSide.Right : DateSide.Left,
            DateWidth = Scale(ctx, dates, "width") ?? d.DateWidth,
            DateAlignment = dates?.Enum("align") == "left" ? TextAlignment.Left : TextAlignment.Right,
            DatesInAccent = dates?.Boolean("accent") ?? false,
            HeadingStyle = headings?.Enum("style") switch { "band" => HeadingStyle.Band, "plain" => HeadingStyle.Plain, _ => HeadingStyle.Rule },
            SmallCaps = headings?.Boolean("small_caps") ?? false,
            RuleThickness = Scale(ctx, headings, "rule_thickness") ?? d.RuleThickness,
            EntryOrder = entries?.Enum("order") == "authors_first" ? EntryOrder.AuthorsFirst : EntryOrder.TitleFirst,
            EntryLines = entries?.Enum("lines") == "run_in" ? EntryLines.RunIn : EntryLines.Separate,
            JustifiedParagraphs = entries?.Enum("paragraphs") != "ragged",
            Header = header?.Enum("layout") switch { "centered" => HeaderLayout.Centered, "sidebar" => HeaderLayout.Sidebar, _ => HeaderLayout.Split },
            SidebarWidth = Scale(ctx, header, "sidebar_width") ?? d.SidebarWidth,
        };
        return name is null || r.Missing ? null : theme;
    }

    private static Color? Hex(string? hex) => hex is null ? null : Color.FromHex(hex);

    /// <summary>A number within the field's exact bounds (the spec's whole-number bounds are only what the docs show).</summary>
    private static float? Scale(ReadContext ctx, FieldReader? reader, string name) => (float?)Fraction(ctx, reader, name);

    private static double? Fraction(ReadContext ctx, FieldReader? reader, string name)
    {
        if (reader?.Node(name) is not { } node) return null;
        var (min, max) = Bounds[name];
        return ctx.Number(node, name, min, max);
    }

}

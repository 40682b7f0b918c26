using System.Text;
using CvBuild.Core.Schema;

namespace CvBuild.Cli.Build;

/// <summary>
/// Writes docs/build-config.md from <see cref="BuildConfigSpec"/> and the formats' own option lists, so the page
/// cannot drift from what the command line and the configuration accept (a golden test keeps it current).
/// </summary>
public static class BuildConfigDocWriter
{
    private static readonly IReadOnlyDictionary<string, string> VariantHelp = new Dictionary<string, string>
    {
        ["full"] = "the whole CV, sections in the CV's `settings.section_order` (custom sections after the built-in ones when no order is given).",
        ["short"] = "the same with only the publications marked `selected: true` (combine with `since`).",
        ["publications"] = "a listing of every publication, newest first, with date (\"Oct 24, 2023\"), tags, title, authors shortened to `max_authors` (you are always kept), venue and details, abstract, identifiers and links.",
        ["talks"] = "talks by year, with date, title, room, abstract and note where the CV gives them.",
    };

    public static string Write()
    {
        var sb = new StringBuilder();
        sb.Append("# `cvbuild.yaml`: the build configuration\n\n");
        sb.Append("This page is generated from the configuration's specification and the formats' option lists in the code ");
        sb.Append("(`src/CvBuild.Core/Schema/BuildConfigSpec.cs`, `src/CvBuild.Cli/Build/*Format*.cs`).\n\n");
        sb.Append("`cvbuild build` makes every output of a CV in one run, from a small configuration file. By default it\n");
        sb.Append("reads `cvbuild.yaml` in the current folder; `--config PATH` (or `-c PATH`) names another.\n\n");
        sb.Append("""
            ```yaml
            # cvbuild.yaml
            cv: cv.yaml                 # the CV, relative to this file
            create_directories: true    # make out/ and site/ when they are missing
            outputs:
              - format: pdf
                path: out/cv.pdf        # relative to this file
              - format: pdf
                path: out/cv-short.pdf
                variant: short
                options: {since: 2020, theme: modern}
              - format: text
                path: out/cv.txt
                options: {width: 100, ascii: true}
              - format: markdown
                path: site/publications.md
                variant: publications
                options: {front_matter: true, max_authors: 5}
              - format: bibtex
                path: out/publications.bib
                options: {dialect: biblatex}
            ```


            """);
        sb.Append("Every format is also a command with the same options: `cvbuild pdf cv.yaml --since 2020 --theme modern` makes the\n");
        sb.Append("same bytes as the second output above. An option is written `snake_case` in the configuration and `--kebab-case`\n");
        sb.Append("on the command line; a list is a YAML list here and comma-separated there (`--sections education,publications`).\n\n");

        sb.Append("## Fields\n\n");
        Fields(sb, BuildConfigSpec.Root);
        sb.Append("Each output:\n\n");
        Fields(sb, BuildConfigSpec.Output);

        sb.Append("## Variants\n\n");
        foreach (var variant in OutputFormats.All.SelectMany(f => f.Variants).Distinct())
        {
            var formats = OutputFormats.All.Where(f => f.Variants.Contains(variant)).Select(f => $"`{f.Name}`");
            sb.Append($"- `{variant}` ({string.Join(", ", formats)}): {VariantHelp[variant]}\n");
        }
        sb.Append('\n');

        sb.Append("## Options\n\n");
        foreach (var format in OutputFormats.All)
        {
            sb.Append($"### `{format.Name}`\n\n{format.Description}\n\n");
            sb.Append("| option | command line | type | default | meaning |\n| --- | --- | --- | --- | --- |\n");
            foreach (var o in format.Options)
                sb.Append($"| `{o.Name}` | `{o.CliName}` | {TypeName(o)} | {o.Default} | {Escape(o.Help)} |\n");
            sb.Append('\n');
        }
        sb.Append("""
            A value outside its bounds is refused the same way by both paths: `cvbuild text --since 12` and `cvbuild pdf
            --since 12` exit 2, and `since: 12` in the configuration is an error at its line. A section id the CV does not have
            fails that output (exit 2 for a command).

            ## Mistakes

            The configuration is checked like a CV: every problem is listed at once with file, line and column,
            unknown keys get a "did you mean", and the exit code is 1. Nothing is written when the configuration
            or the CV has an error.

            ```text
            cvbuild.yaml:5:5: error: unknown field 'varient' in output; did you mean 'variant'?
                  varient: short
                  ^
            ```

            Output paths are checked before anything is made, by the same rule as every command's `-o`
            ([input-safety.md](input-safety.md#output-files)), and reported at the output's line:

            ```text
            cvbuild.yaml:3:5: error: cannot write 'ouptut/cv.txt': directory 'ouptut/' does not exist
            cvbuild.yaml:4:5: error: cannot write 'cv-link.yaml': it is the input 'cv.yaml', which would be overwritten; choose another output path
            ```

            ## What `build` prints and returns

            One line per output, on standard output, the same line every single command prints for a file it writes:
            the path, what the file holds (pages, entries; nothing more for plain text) and its size.

            ```text
            wrote out/cv.pdf (5 pages, 40.9 kB)
            wrote out/cv.txt (10.8 kB)
            unchanged out/cv-short.txt (8.4 kB)
            ```

            `--quiet` leaves these lines out (warnings, errors and the `--check` report are still printed).
            `unchanged` means the file already held exactly these bytes and was left alone (its timestamp keeps
            meaning "last changed"). Every file is written through a temporary file (created exclusively, under a
            short random name, in the output's folder) and a rename, so an interrupted run never leaves half a file. An output that fails is reported on standard error and the others are
            still made; the exit code is 1 if any output failed.

            ## `build --check`

            `cvbuild build --check` writes nothing. It makes every output in memory and compares it byte for byte
            with the file on disk, then lists each output that is `missing` or `stale` and exits 1, or prints
            `all N outputs are up to date` and exits 0. Use it in CI to fail when committed outputs were not
            regenerated after the CV changed (see [ci.md](ci.md)).

            ## `watch`

            `cvbuild watch [--config cvbuild.yaml]` builds once, then rebuilds whenever the CV or the
            configuration is saved. Bursts of saves become one rebuild (200 ms after the last save, at most 2 s
            after the first); saves by rename, as most editors do, are seen. A broken save is reported and
            watching goes on; Ctrl+C stops it with exit code 0.

            """);
        return sb.ToString();
    }

    private static void Fields(StringBuilder sb, ObjectSpec spec)
    {
        sb.Append("| field | required | meaning |\n| --- | --- | --- |\n");
        foreach (var f in spec.Fields)
        {
            var meaning = f.Name switch
            {
                "format" => f.Description + " One of " + string.Join(", ", BuildConfigSpec.KnownFormats.Select(v => $"`{v}`")) + ".",
                "variant" => "Which document; see [Variants](#variants).",
                "options" => "The format's options; see [Options](#options).",
                _ => f.Description,
            };
            sb.Append($"| `{f.Name}` | {(f.Required ? "yes" : "no")} | {Escape(meaning)} |\n");
        }
        sb.Append('\n');
    }

    private static string TypeName(FormatOption o) => o.Type switch
    {
        FieldType.Boolean => "true/false",
        FieldType.Integer => $"whole number, {o.Min}–{o.Max}",
        FieldType.Enum => string.Join(", ", o.Values.Select(v => $"`{v}`")),
        FieldType.StringList => "list of section ids",
        _ => "text",
    };

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}

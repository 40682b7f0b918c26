using CvBuild.Core.Model;
using CvBuild.Core.Schema;

namespace CvBuild.Presentation.Tests;

/// <summary>
/// Nothing a CV says is lost: a CV generated from the format specification, with a distinct token in every
/// field of every entry kind, rendered as the full PDF (each theme), plain text, Markdown and HTML; every token must
/// be in every output unless the specification documents (in docs/format.md) that and why it is not printed.
/// </summary>
public sealed class FidelityTests
{
    private static readonly SpecCv Generated = SpecCv.Generate();
    private static readonly Lazy<Cv> Cv = new(() => Outputs.Read(Generated.Yaml, "spec-cv.yaml"));

    public static TheoryData<string> FullOutputs() => new() { "pdf classic", "pdf modern", "pdf compact", "pdf sidebar", "pdf banded", "text", "markdown", "html" };

    /// <summary>What a reader of the output finds: its text with whitespace folded (for the PDF, also its link addresses).</summary>
    private static string Read(string output, Cv cv, string variant = "full", Dictionary<string, object>? options = null)
    {
        switch (output)
        {
            case "text":
                return Outputs.Fold(Outputs.Text(cv, variant, options));
            case "markdown":
                return Outputs.Fold(Outputs.Unescape(Outputs.Markdown(cv, variant, options)));
            case "html":
                return Outputs.HtmlText(Outputs.Render(cv, "html", variant, options));
            default:
                var all = new Dictionary<string, object>(options ?? []) { ["theme"] = output.Split(' ')[1] };
                var pdf = Outputs.Render(cv, "pdf", variant, all);
                return Outputs.Fold(Outputs.PdfToText(pdf)) + "\n" + string.Join("\n", Outputs.PdfLinks(pdf));
        }
    }

    [Fact]
    public void The_generated_cv_covers_every_object_and_field_of_the_format()
    {
        Assert.Contains(Generated.Tokens, t => t.Path.StartsWith("publications[book_chapter].", StringComparison.Ordinal));
        Assert.Contains(Generated.Tokens, t => t.Path.StartsWith("custom_sections[0].entries[0].", StringComparison.Ordinal));
        Assert.Equal(FormatSpec.PublicationKinds.Length, Cv.Value.Publications.Count);
        // The person's names and iD, roles held in several periods, and the sections beside the research record.
        Assert.All(new[] { "person.native_name", "person.honorifics", "person.post_nominals", "person.orcid", "positions[academic].periods[0].start",
                "education[0].awarded", "teaching[0].hours", "patents[0].assignee", "memberships[0].organization", "media[0].date",
                "skills[0].items[0]", "languages[0].language" },
            path => Assert.Contains(Generated.Tokens, t => t.Path == path && t.MustPrint));
        Assert.Single(Cv.Value.Positions[0].OtherPeriods);
        Assert.All(new[] { "volume", "number", "pages", "publisher", "institution", "edition", "note" },
            f => Assert.Contains(Generated.Tokens, t => t.Path == $"publications[journal].{f}" && t.MustPrint));
    }

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void Every_field_is_printed_in_the_full_output_unless_documented_as_not_printed(string output)
    {
        var text = Read(output, Cv.Value);
        var missing = Generated.Tokens.Where(t => t.MustPrint && !text.Contains(t.Value, StringComparison.Ordinal))
            .Select(t => $"{t.Path} = {t.Value}").ToList();
        Assert.True(missing.Count == 0, $"{output} lost {missing.Count} field(s):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_field_without_a_text_value_says_how_it_shows_or_why_it_does_not()
    {
        var silent = Generated.Opaque.Where(f => f.NotPrinted is null && f.PrintedAs is null).Select(f => f.Name).Distinct().ToList();
        Assert.True(silent.Count == 0, "say in FormatSpec how these show (PrintedAs) or why not (NotPrinted): " + string.Join(", ", silent));
    }

    [Fact]
    public void Fields_documented_as_not_printed_say_so_in_format_md()
    {
        var doc = FormatDocWriter.Write();
        foreach (var token in Generated.Tokens.Where(t => !t.MustPrint).DistinctBy(t => t.Field))
            Assert.Contains("Not printed in the full CV: " + token.Field.NotPrinted, doc);
    }

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void Since_after_every_date_leaves_out_every_dated_entry_of_every_section(string output)
    {
        var after = Generated.Entries.Max(e => e.Years.Max()) + 1;
        var text = Read(output, Cv.Value, options: new() { ["since"] = after });
        var dated = Generated.Entries.Select(e => e.Path).ToHashSet();
        var kept = Generated.Tokens.Where(t => t.Entry is { } e && dated.Contains(e) && text.Contains(t.Value, StringComparison.Ordinal))
            .Select(t => t.Path).ToList();
        Assert.True(kept.Count == 0, $"--since {after} kept: " + string.Join(", ", kept));
        // The person is not an entry: the header stays.
        Assert.Contains(Generated.Tokens.Single(t => t.Path == "person.title").Value, text);
    }

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void Since_before_every_date_keeps_every_entry(string output)
    {
        var before = Generated.Entries.Min(e => e.Years.Min());
        var text = Read(output, Cv.Value, options: new() { ["since"] = before });
        Assert.All(Generated.Tokens.Where(t => t.MustPrint && t.Entry is not null), t => Assert.Contains(t.Value, text));
    }

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void Since_a_middle_year_keeps_exactly_the_entries_that_end_in_it_or_later(string output)
    {
        // An entry ends in its end year, or its only year; a publication ends in its year (its date is a release date).
        static int End(GeneratedEntry e) => e.Path.StartsWith("publications[", StringComparison.Ordinal) ? e.Years[0] : e.Years.Max();
        var ends = Generated.Entries.Select(End).Order().ToList();
        var since = ends[ends.Count / 2];
        var text = Read(output, Cv.Value, options: new() { ["since"] = since });
        foreach (var entry in Generated.Entries)
        {
            var tokens = Generated.Tokens.Where(t => t.Entry == entry.Path && t.MustPrint && !t.IsAddress).ToList();
            Assert.NotEmpty(tokens);
            var kept = End(entry) >= since;
            Assert.All(tokens, t => Assert.True(text.Contains(t.Value, StringComparison.Ordinal) == kept, $"--since {since}: {t.Path} (ends {End(entry)})"));
        }
    }

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void Only_selected_keeps_exactly_the_selected_publications(string output)
    {
        var text = Read(output, Cv.Value, options: new() { ["only_selected"] = true });
        var papers = Generated.Entries.Where(e => e.Selected is not null).ToList();
        Assert.Contains(papers, p => p.Selected == true);
        Assert.Contains(papers, p => p.Selected == false);
        foreach (var paper in papers)
        {
            var title = Generated.Tokens.Single(t => t.Path == paper.Path + ".title").Value;
            Assert.True(text.Contains(title, StringComparison.Ordinal) == paper.Selected, $"{paper.Path} selected={paper.Selected}");
        }
        // Selection concerns publications only: the other sections are whole.
        Assert.Contains(Generated.Tokens.Single(t => t.Path == "talks[keynote].event").Value, text);
    }
}

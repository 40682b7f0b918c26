using CvBuild.Core.Reading;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;
using CvBuild.Text.Markdown;
using CvBuild.Text.PlainText;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Markdig.Syntax;
using Block = CvBuild.Presentation.Document.Block;

namespace CvBuild.Text.Tests;

/// <summary>
/// The vertical rhythm of plain text and Markdown (<see cref="VerticalRhythm"/>): as a law over generated
/// presentation documents holding every kind of block, and on real CVs read from YAML.
/// </summary>
public sealed class VerticalRhythmTests
{
    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"];

    private static Gen<string> Phrase(int most) =>
        from n in Gen.Choose(1, most)
        from words in Gen.Elements(Words).ArrayOf(n)
        select string.Join(' ', words);

    private static Gen<Line> LineOf(LineRole role) => Phrase(14).Select(text => new Line([Span.Plain(text)], role));

    /// <summary>An entry's lines: a first normal line, then normal lines, paragraphs (abstracts) and items (venues).</summary>
    private static Gen<Line[]> EntryLines =>
        from first in LineOf(LineRole.Normal)
        from rest in Gen.Elements(LineRole.Normal, LineRole.Normal, LineRole.Paragraph, LineRole.Item).SelectMany(LineOf).ArrayOf()
        select (Line[])[first, .. rest.Take(4)];

    private static Gen<Entry> EntryOf(MarkerKind kind) =>
        from lines in Gen.OneOf(EntryLines, LineOf(LineRole.Normal).Select(l => new[] { l }))
        from year in Gen.Choose(1990, 2030)
        select new Entry(kind, kind switch { MarkerKind.Date => year.ToString(System.Globalization.CultureInfo.InvariantCulture), MarkerKind.Number => "1.", _ => null }, lines);

    private static Gen<Block> Content =>
        Gen.OneOf(
            Gen.Elements(MarkerKind.Date, MarkerKind.Bullet, MarkerKind.None).SelectMany(EntryOf).Select(e => (Block)e),
            from n in Gen.Choose(1, 4)
            from entries in EntryOf(MarkerKind.Number).ArrayOf(n)
            from down in Gen.Elements(true, false)
            select (Block)new NumberedList(entries, down),
            LineOf(LineRole.Normal).Select(l => (Block)new TextBlock(l)));

    /// <summary>A group: an optional group or year heading, then one to four blocks (never a heading with nothing under it).</summary>
    private static Gen<Block[]> Group =>
        from heading in Gen.OneOf(
            Gen.Constant<Subheading?>(null),
            from word in Gen.Elements(Words)
            from kind in Gen.Elements(SubheadingKind.Group, SubheadingKind.Year)
            select (Subheading?)new Subheading(word, kind))
        from n in Gen.Choose(1, 4)
        from blocks in Content.ArrayOf(n)
        select heading is null ? blocks : [heading, .. blocks];

    private static Gen<Section> SectionGen =>
        from heading in Phrase(2)
        from n in Gen.Choose(1, 4)
        from groups in Group.ArrayOf(n)
        select new Section(heading, heading, [.. groups.SelectMany(g => g)]);

    private static Gen<PresentationDocument> Documents =>
        from name in Phrase(2)
        from identity in LineOf(LineRole.Normal).ArrayOf()
        from email in Gen.Elements(true, false)
        from count in Gen.Choose(1, 5)
        from sections in SectionGen.ArrayOf(count)
        from footer in Gen.OneOf(Gen.Constant<string?>(null), Phrase(3).Select(p => (string?)p))
        select new PresentationDocument(name,
            new DocumentHeader(name, [.. identity.Take(2)], email ? [new Contact(ContactKind.Email, "Email", Span.Plain("a@example.org"))] : []),
            sections, footer, new DocumentInfo(name, name, "", null), PresentationStrings.English);

    [Property(MaxTest = 300)]
    public Property Plain_text_of_any_document_keeps_the_rhythm() =>
        Prop.ForAll(Documents.ToArbitrary(), Gen.Choose(PlainTextOptions.MinWidth, 100).ToArbitrary(), (doc, width) =>
        {
            var problems = VerticalRhythm.PlainTextViolations(PlainTextRenderer.Render(doc, new PlainTextOptions { Width = width }));
            return (problems.Count == 0).Label(string.Join("\n", problems));
        });

    [Property(MaxTest = 300)]
    public Property Markdown_of_any_document_keeps_the_rhythm_and_its_headings() =>
        Prop.ForAll(Documents.ToArbitrary(), doc =>
        {
            var markdown = MarkdownRenderer.Render(doc, new MarkdownOptions());
            var problems = VerticalRhythm.MarkdownViolations(markdown).ToList();
            // The structure a CommonMark reader sees: the name, every section and every group heading, in order.
            var headings = Markdig.Markdown.Parse(markdown).Descendants<HeadingBlock>()
                .Select(h => (h.Level, markdown.Substring(h.Span.Start, h.Span.Length).TrimStart('#', ' '))).ToList();
            var expected = doc.Sections.SelectMany(s => s.Blocks.OfType<Subheading>().Select(h => (3, h.Text)).Prepend((2, s.Heading))).Prepend((1, doc.Header.Name)).ToList();
            if (!headings.SequenceEqual(expected)) problems.Add("headings: " + string.Join(", ", headings) + " instead of " + string.Join(", ", expected));
            return (problems.Count == 0).Label(string.Join("\n", problems) + "\n" + markdown);
        });

    [Fact]
    public void A_year_heading_is_followed_directly_by_its_first_talk_whatever_the_talk_s_length()
    {
        var cv = Read("""
            person: {name: A B}
            talks:
              - {date: 2024-05-02, end: 2024-05-03, event: Two-day Workshop, title: T1}
              - {date: 2020, event: Two}
              - {date: 2019, event: Three, title: T3}
            """);
        Assert.Equal("""
            A B

            Invited Talks
            =============
            2024
            ----
            - Two-day Workshop, May 2–3, 2024
              “T1”

            2020
            ----
            - Two

            2019
            ----
            - Three
              “T3”

            """.ReplaceLineEndings("\n"), Texts.Plain(cv));
        Assert.Equal("""
            # A B

            ## Invited Talks

            ### 2024

            - Two-day Workshop, May 2–3, 2024\
              *“T1”*

            ### 2020

            - Two

            ### 2019

            - Three\
              *“T3”*

            """.ReplaceLineEndings("\n"), Texts.Markdown(cv));
    }

    [Fact]
    public void A_publication_group_is_followed_directly_by_its_first_publication()
    {
        var cv = Read("""
            person: {name: A B}
            publications:
              - {kind: journal, title: First Paper, authors: [A B], year: 2020, venue: {name: J}}
              - {kind: preprint, title: Second Paper, authors: [A B], year: 2021}
            """);
        var text = Texts.Plain(cv);
        Assert.Empty(VerticalRhythm.PlainTextViolations(text));
        Assert.Matches(@"\nJournal Articles\n-+\n1\. First Paper\n", text);
    }

    public static TheoryData<string> ExampleCvs => new(
        "cv-data/cv.yaml", "cv-data/examples/physicist.yaml", "cv-data/examples/humanities.yaml", "cv-data/examples/senior-professor/cv.yaml");

    /// <remarks>40 columns, not fewer: the checker knows a plain-text heading by its underline, so a heading must fit on one line.</remarks>
    [Theory]
    [MemberData(nameof(ExampleCvs))]
    public void Every_example_cv_keeps_the_rhythm_in_text_and_markdown(string file)
    {
        var read = CvReader.ReadFile(Path.Combine(ExampleCv.RepoRoot, file));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        foreach (var variant in CvBuild.Presentation.Building.DocumentOptions.VariantNames)
        {
            var options = new CvBuild.Presentation.Building.DocumentOptions { Variant = CvBuild.Presentation.Building.DocumentOptions.ParseVariant(variant) };
            Assert.Empty(VerticalRhythm.PlainTextViolations(Texts.Plain(read.Cv!, document: options)));
            Assert.Empty(VerticalRhythm.PlainTextViolations(Texts.Plain(read.Cv!, new PlainTextOptions { Width = 40, Ascii = true }, options)));
            Assert.Empty(VerticalRhythm.MarkdownViolations(Texts.Markdown(read.Cv!, document: options)));
        }
    }

    private static CvBuild.Core.Model.Cv Read(string yaml)
    {
        var result = CvReader.Parse(yaml, "cv.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }
}

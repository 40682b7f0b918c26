using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Tests;

/// <summary>Grants, supervision, talk sections and service sub-groups as the one document words them for every output.</summary>
public sealed class RecordsDocumentTests
{
    private static string Yaml(string body) => "person:\n  name: Ada Lovelace\n" + body;

    private static PresentationDocument Build(string body) =>
        DocumentBuilder.Build(Outputs.Read(Yaml(body)), new(), PresentationStrings.English);

    private static Section SectionOf(PresentationDocument doc, string id) => Assert.Single(doc.Sections, s => s.Id == id);

    [Fact]
    public void A_grant_prints_its_amount_as_written_and_the_owner_strong_among_the_investigators()
    {
        var doc = Build("grants:\n  - title: Engines\n    funder: ERC\n    amount: \"€1.5M\"\n    investigators: [Charles Babbage, Ada Lovelace]\n    start: 2020\n    end: 2025\n    status: submitted\n");
        var entry = Assert.IsType<Entry>(Assert.Single(SectionOf(doc, "grants").Blocks));
        Assert.Equal("2020–2025", entry.Marker);
        var spans = entry.Lines.SelectMany(l => l.Spans).ToList();
        Assert.Contains(spans, s => s.Text == "€1.5M");
        Assert.Contains(spans, s => s.Text.Contains("(submitted)", StringComparison.Ordinal));
        var people = spans.Where(s => s.Kind == SpanKind.Person).ToList();
        Assert.Equal(["Charles Babbage", "Ada Lovelace"], people.Select(p => p.Text));
        Assert.Equal([false, true], people.Select(p => p.Owner));
    }

    [Fact]
    public void Supervision_is_grouped_by_level_with_phd_students_first_and_marks_current_people()
    {
        var doc = Build("supervision:\n  - name: Mo\n    level: master\n    start: 2021\n    end: 2022\n  - name: Pat\n    level: phd\n    start: 2022\n    end: present\n    next: Lecturer, Leeds\n");
        var blocks = SectionOf(doc, "supervision").Blocks;
        Assert.Equal(["PhD Students", "Master's Students"], blocks.OfType<Subheading>().Select(h => h.Text));
        var pat = Assert.IsType<Entry>(blocks[1]);
        var text = string.Concat(pat.Lines.SelectMany(l => l.Spans).Select(s => s.Text));
        Assert.Contains("Pat (current)", text);
        Assert.Contains("Next: Lecturer, Leeds", text);
    }

    [Fact]
    public void Talk_sections_follow_talks_under_the_default_order_and_take_their_kinds_from_it()
    {
        var doc = Build("settings:\n  talk_sections:\n    - id: conference_talks\n      heading: Conference Presentations\n      kinds: [contributed, poster]\n"
            + "talks:\n  - date: 2024\n    event: Invited Place\n    kind: keynote\n  - date: 2023\n    event: Poster Place\n    kind: poster\n  - date: 2022\n    event: Plain Place\n");
        Assert.Equal(["talks", "conference_talks"], doc.Sections.Select(s => s.Id));
        Assert.Equal("Conference Presentations", SectionOf(doc, "conference_talks").Heading);
        static string All(Section s) => string.Concat(s.Blocks.OfType<Entry>().SelectMany(e => e.Lines).SelectMany(l => l.Spans).Select(x => x.Text));
        Assert.Contains("Keynote: Invited Place", All(SectionOf(doc, "talks")));
        Assert.Contains("Plain Place", All(SectionOf(doc, "talks")));
        Assert.DoesNotContain("Poster Place", All(SectionOf(doc, "talks")));
        Assert.Contains("Poster: Poster Place", All(SectionOf(doc, "conference_talks")));
    }

    [Fact]
    public void A_multi_day_talk_prints_its_days_and_a_hosted_talk_its_host()
    {
        var doc = Build("talks:\n  - date: 2024-03-11\n    end: 2024-03-15\n    host: Department of Mathematics\n    kind: lecture_series\n    role: lecturer\n");
        var entry = SectionOf(doc, "talks").Blocks.OfType<Entry>().Single();
        var text = string.Concat(entry.Lines[0].Spans.Select(s => s.Text));
        Assert.Equal("Lecture series: Department of Mathematics, Mar 11–15, 2024 (lecturer)", text);
    }

    [Fact]
    public void Service_with_kinds_is_sub_grouped_in_a_fixed_order_and_service_without_kinds_is_not()
    {
        var doc = Build("service:\n  - kind: reviewing\n    role: Reviewer\n    items: [JMLR]\n  - role: Mentor\n  - kind: editorial_board\n    role: Associate Editor\n    items: [TMLR]\n  - kind: program_committee\n    role: PC member\n    items: [NeurIPS]\n    years: [2019, 2021]\n");
        var blocks = SectionOf(doc, "service").Blocks;
        Assert.Equal(["Editorial Boards", "Program Committees", "Reviewing", "Other Service"], blocks.OfType<Subheading>().Select(h => h.Text));
        Assert.Contains(blocks.OfType<Entry>(), e => string.Concat(e.Lines[0].Spans.Select(s => s.Text)) == "PC member (2019, 2021)");
        var plain = Build("service:\n  - role: Reviewer\n");
        Assert.Empty(SectionOf(plain, "service").Blocks.OfType<Subheading>());
    }
}

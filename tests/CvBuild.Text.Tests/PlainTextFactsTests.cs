using System.Text.RegularExpressions;
using CvBuild.Core.Model;
using CvBuild.Presentation.Building;
using CvBuild.Text.PlainText;
using CvBuild.Text.Wrapping;

namespace CvBuild.Text.Tests;

/// <summary>The full text CV states every fact of the example exactly, whatever the wrapping.</summary>
public sealed partial class PlainTextFactsTests
{
    private static readonly string Full = Texts.Plain(ExampleCv.Cv, new PlainTextOptions());

    // Wrapping turns spaces into a newline and an indent; facts are compared with runs of whitespace as one space.
    private static readonly string Flat = Spaces().Replace(Full, " ");

    private static string Norm(string s) => Spaces().Replace(s, " ");

    public static TheoryData<string> PublicationTitles => new(ExampleCv.Cv.Publications.Select(p => p.Title));
    public static TheoryData<string> TalkEvents => new(ExampleCv.Cv.Talks.Select(t => t.EventOrHost).Distinct());
    public static TheoryData<string> AwardTitles => new(ExampleCv.Cv.Awards.Select(a => a.Title));

    [Theory]
    [MemberData(nameof(PublicationTitles))]
    public void Every_publication_title_appears(string title) => Assert.Contains(Norm(title), Flat);

    [Theory]
    [MemberData(nameof(TalkEvents))]
    public void Every_talk_event_appears(string talkEvent) => Assert.Contains(Norm(talkEvent), Flat);

    [Theory]
    [MemberData(nameof(AwardTitles))]
    public void Every_award_appears(string award) => Assert.Contains(Norm(award), Flat);

    [Theory]
    [InlineData("GPA 99.2/100 (rank 1 of 283 in class of 2018)")]
    [InlineData("2023 Research Intern, Apple Machine Learning Research, Cupertino, CA, USA")]
    [InlineData("2019–2024 PhD in Computer Science, Tel Aviv University, Israel")]
    [InlineData("2024–present Postdoctoral Fellow")]
    [InlineData("Host: Prof. Sanjeev Arora")]
    [InlineData("Thesis: Understanding Deep Learning via Notions of Rank")]
    [InlineData("Yonatan Slutzky*, Yotam Alexander*, Noam Razin, Nadav Cohen")]
    [InlineData("Conference on Neural Information Processing Systems (NeurIPS), 2025")]
    [InlineData("Best paper runner-up, Reliable ML from Unreliable Data Workshop, NeurIPS 2025")]
    [InlineData("code <https://github.com/microsoft/Distilled-Sentence-Embedding>")]
    [InlineData("US Patent 16725652")]
    [InlineData("One World MINDS Seminar (virtual)")]
    [InlineData("Guest Lecturer, Fundamentals of Deep Learning (COS 514), Princeton University, NJ, USA")]
    [InlineData("Last updated November 2025")]
    public void States_facts_exactly(string fact) => Assert.Contains(fact, Flat);

    [Fact]
    public void Max_authors_shortens_collaboration_papers_but_keeps_the_owner()
    {
        var paper = ExampleCv.Cv.Publications[0] with
        {
            Authors = [.. Enumerable.Range(0, 300).Select(i => new Author(i == 120 ? "Noam Razin" : $"Physicist{i}"))],
        };
        var cv = ExampleCv.Cv with { Publications = [paper], Settings = ExampleCv.Cv.Settings with { MaxAuthors = 2 } };
        var text = Texts.Plain(cv, new PlainTextOptions());
        Assert.Contains("Physicist0, Physicist1, \u2026, Noam Razin et al.", text);
        Assert.DoesNotContain("Physicist2,", text);
    }

    [Fact]
    public void Equal_contribution_legend_appears_once()
    {
        Assert.Single(Regex.Matches(Full, Regex.Escape("* denotes equal contribution")));
    }

    [Fact]
    public void Headings_are_underlined_to_their_width()
    {
        var lines = Full.Split('\n');
        foreach (var heading in new[] { "Education", "Publications", "Invited Talks", "Academic Service" })
        {
            var i = Array.IndexOf(lines, heading);
            Assert.True(i >= 0, heading);
            Assert.Equal(new string('=', DisplayWidth.Of(heading)), lines[i + 1]);
        }
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(120)]
    public void No_line_exceeds_the_width_except_a_lone_url(int width)
    {
        foreach (var variant in Enum.GetValues<CvVariant>())
        {
            var text = Texts.Plain(ExampleCv.Cv, new PlainTextOptions { Width = width }, new DocumentOptions { Variant = variant });
            foreach (var line in text.Split('\n').Where(l => DisplayWidth.Of(l) > width))
                Assert.Matches(@"^\s*\S+$", line);
        }
    }

    [Fact]
    public void No_variant_has_two_blank_lines_in_a_row_or_trailing_spaces()
    {
        foreach (var variant in Enum.GetValues<CvVariant>())
        {
            var text = Texts.Plain(ExampleCv.Cv, document: new DocumentOptions { Variant = variant });
            Assert.DoesNotContain("\n\n\n", text);
            Assert.All(text.Split('\n'), l => Assert.Equal(l.TrimEnd(), l));
            Assert.EndsWith("\n", text);
        }
    }

    [Fact]
    public void Reverse_numbering_counts_down_within_each_group()
    {
        var cv = ExampleCv.Cv with { Settings = ExampleCv.Cv.Settings with { Numbering = Numbering.Reverse } };
        var text = Texts.Plain(cv, new PlainTextOptions());
        var conference = cv.Publications.Count(p => p.Kind == PublicationKind.Conference);
        Assert.Contains($"{conference}. What Makes a Reward Model a Good Teacher?", text);
        Assert.Contains(" 1. Scalable Attentive Sentence-Pair Modeling", text);
    }

    [Fact]
    public void Footer_comes_from_last_updated_and_is_absent_without_it()
    {
        var text = Texts.Plain(ExampleCv.Cv with { LastUpdated = null }, new PlainTextOptions());
        Assert.DoesNotContain("Last updated", text);
    }

    [Fact]
    public void Short_variant_keeps_only_selected_publications()
    {
        var full = Texts.Plain(ExampleCv.Cv, document: new DocumentOptions { Variant = CvVariant.Short });
        // Only the Publications section: the thesis title also appears under Education.
        var start = full.IndexOf("Publications\n====", StringComparison.Ordinal);
        var text = Norm(full[start..full.IndexOf("Patents\n====", start, StringComparison.Ordinal)]);
        foreach (var p in ExampleCv.Cv.Publications)
        {
            if (p.Selected) Assert.Contains(Norm(p.Title), text);
            else Assert.DoesNotContain(Norm(p.Title), text);
        }
    }

    [Fact]
    public void Publication_listing_shortens_long_author_lists_keeping_the_owner()
    {
        var text = Texts.Plain(ExampleCv.Cv, document: new DocumentOptions { Variant = CvVariant.Publications });
        Assert.Contains("Oct 24, 2023 (cs.LG)\nWhat Algorithms Can Transformers Learn? A Study in Length Generalization\nHattie Zhou, Arwen Bradley, Etai Littwin, Noam Razin et al.\n", text);
        Assert.Contains("Noam Razin, Tom Verbin, Nadav Cohen\n", text);
        var two = Texts.Plain(ExampleCv.Cv, document: new DocumentOptions { Variant = CvVariant.Publications, MaxAuthors = 2 });
        Assert.Contains("Noam Razin, Tom Verbin et al.\n", two);
    }

    [Fact]
    public void Wide_characters_in_data_keep_lines_within_the_width()
    {
        var cv = ExampleCv.Cv with { Awards = [new Award { Period = Period.Single(2020), Title = string.Join(" ", Enumerable.Repeat("東京大学優秀賞", 20)) }] };
        var text = Texts.Plain(cv, new PlainTextOptions { Width = 50 });
        Assert.All(text.Split('\n'), l => Assert.True(DisplayWidth.Of(l) <= 50 || !l.Trim().Contains(' '), l));
        Assert.Contains("2020  東京大学優秀賞", text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using CvBuild.Core.Model;
using CvBuild.Presentation.Building;
using CvBuild.Text.Markdown;
using Markdig;

namespace CvBuild.Text.Tests;

/// <summary>Data that looks like Markdown must come out as the same characters once the Markdown is rendered.</summary>
public sealed class MarkdownEscapingTests
{
    // GitHub's extensions (tables, strikethrough, autolinks, task lists); not Markdig's own "advanced"
    // set, whose {attribute} syntax GitHub does not have.
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras().UseAutoLinks().UseTaskLists().Build();

    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, Gfm);

    private static Cv WithPaper(string title, params Author[] authors) => new()
    {
        Person = ExampleCv.Cv.Person,
        // Escaping is under test, so the titles are printed exactly as written.
        Settings = new DocumentSettings { Typography = new Typography { SmartPunctuation = false } },
        Publications = [new Publication { Kind = PublicationKind.Conference, Title = title, Authors = authors.Length > 0 ? authors : [new Author("Noam Razin")], Year = 2024 }],
    };

    [Theory]
    [InlineData("Learning *without* labels")]
    [InlineData("snake_case and __dunder__ names")]
    [InlineData("[Not a link](target) and ![no image](x.png)")]
    [InlineData("A `code` span and <b>html</b>")]
    [InlineData("Pipes | and ~~strikes~~ and \\backslash")]
    [InlineData("AT&T and &amp; entities")]
    [InlineData("# Not a heading")]
    public void Special_characters_in_a_title_render_literally(string title)
    {
        var md = Texts.Markdown(WithPaper(title), new MarkdownOptions());
        var html = Html(md);
        var encoded = System.Net.WebUtility.HtmlEncode(title).Replace("&#39;", "'", StringComparison.Ordinal);
        Assert.Contains($"<strong>{encoded}</strong>", html);
    }

    [Fact]
    public void Random_titles_of_markdown_specials_render_literally()
    {
        const string alphabet = "*_[]()`<>|~#&\\!-+=.:;'\"{}ab1 ";
        var random = new Random(42);
        for (var run = 0; run < 500; run++)
        {
            var chars = new char[random.Next(1, 25)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var title = "x" + new string(chars) + "x";
            var html = Html(Texts.Markdown(WithPaper(title), new MarkdownOptions()));
            var encoded = System.Net.WebUtility.HtmlEncode(title).Replace("&#39;", "'", StringComparison.Ordinal);
            Assert.True(html.Contains($"<strong>{encoded}</strong>", StringComparison.Ordinal), $"title {title} rendered as:\n{html}");
        }
    }

    [Fact]
    public void Equal_contribution_marks_are_escaped_and_owner_is_bold()
    {
        var md = Texts.Markdown(WithPaper("T", new Author("Noam Razin", Equal: true), new Author("Asaf Maman", Equal: true)), new MarkdownOptions());
        Assert.Contains(@"**Noam Razin**\*, Asaf Maman\*", md);
        Assert.Contains("<strong>Noam Razin</strong>*, Asaf Maman*", Html(md));
    }

    [Theory]
    [InlineData("- not a list")]
    [InlineData("+ not a list")]
    [InlineData("1. not a list")]
    [InlineData("2) not a list")]
    [InlineData("=== not a heading")]
    [InlineData("> not a quote")]
    public void Block_markers_at_line_start_are_escaped(string text)
    {
        var escaped = MarkdownEscaper.EscapeLineStart(MarkdownEscaper.Escape(text));
        var html = Html("para\n\n" + escaped);
        Assert.Contains("<p>" + System.Net.WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal) + "</p>", html);
    }

    [Fact]
    public void Links_are_real_links()
    {
        var md = Texts.Markdown(ExampleCv.Cv, new MarkdownOptions());
        var html = Html(md);
        Assert.Contains("<a href=\"mailto:noamrazin@princeton.edu\">noamrazin@princeton.edu</a>", html);
        Assert.Contains("<a href=\"https://noamrazin.github.io\">https://noamrazin.github.io</a>", html);
        Assert.Contains("<a href=\"https://github.com/microsoft/Distilled-Sentence-Embedding\">code</a>", html);
    }

    [Fact]
    public void Numbered_publications_render_as_an_ordered_list()
    {
        var html = Html(Texts.Markdown(ExampleCv.Cv, new MarkdownOptions()));
        Assert.Contains("<ol>", html);
        Assert.Contains("<li><strong>What Makes a Reward Model a Good Teacher? An Optimization Perspective</strong><br />", html);
    }

    [Fact]
    public void Reverse_numbering_is_written_out_because_markdown_lists_only_count_up()
    {
        var cv = ExampleCv.Cv with { Settings = ExampleCv.Cv.Settings with { Numbering = Numbering.Reverse } };
        var md = Texts.Markdown(cv, new MarkdownOptions());
        Assert.Contains("\n13\\. **What Makes a Reward Model a Good Teacher? An Optimization Perspective**\\\n", md);
        var html = Html(md);
        Assert.Contains("<p>13. <strong>What Makes a Reward Model a Good Teacher?", html);
        Assert.DoesNotContain("<ol", html);
    }

    [Fact]
    public void Numbering_none_gives_bullets()
    {
        var cv = ExampleCv.Cv with { Settings = ExampleCv.Cv.Settings with { Numbering = Numbering.None } };
        var html = Html(Texts.Markdown(cv, new MarkdownOptions()));
        Assert.Contains("<li><strong>What Makes a Reward Model a Good Teacher?", html);
        Assert.DoesNotContain("<ol", html);
    }

    [Theory]
    [InlineData("Noam Razin", "\"Noam Razin\"")]
    [InlineData("CV: \"Ada\" #1 - \\o/", "\"CV: \\\"Ada\\\" #1 - \\\\o/\"")]
    public void Front_matter_title_is_yaml_safe(string title, string quoted) => Assert.Equal(quoted, CvBuild.Core.Writing.YamlScalarWriter.Quoted(title));

    [Fact]
    public void Front_matter_replaces_the_top_heading()
    {
        var md = Texts.Markdown(ExampleCv.Cv, new MarkdownOptions { FrontMatter = true });
        Assert.StartsWith("---\nlayout: page\ntitle: \"Noam Razin\"\n---\n\n", md);
        Assert.DoesNotContain("\n# ", md);
    }

    [Fact]
    public void No_variant_has_trailing_whitespace_or_double_blank_lines()
    {
        foreach (var variant in Enum.GetValues<CvVariant>())
        {
            var md = Texts.Markdown(ExampleCv.Cv, document: new DocumentOptions { Variant = variant });
            Assert.All(md.Split('\n'), l => Assert.Equal(l.TrimEnd(), l));
            Assert.DoesNotContain("\n\n\n", md);
        }
    }
}

using CvBuild.Core.Model;
using CvBuild.Text.Markdown;
using CvBuild.Text.PlainText;

namespace CvBuild.Text.Tests;

public sealed class CustomSectionTests
{
    private static readonly Cv Cv = new()
    {
        Person = new Person { Name = "Ada Lovelace" },
        CustomSections =
        [
            new CustomSection
            {
                Id = "mentoring",
                Heading = "Mentoring",
                Entries =
                [
                    new CustomEntry { Period = new Period(new PartialDate(2021), null, Ongoing: true), Title = "Student mentor", Text = "Three MSc students", Url = "https://example.org/m" },
                    new CustomEntry { Text = "Outreach talks at high schools" },
                ],
            },
        ],
    };

    [Fact]
    public void Custom_sections_follow_the_built_in_ones_in_text()
    {
        var text = Texts.Plain(Cv, new PlainTextOptions());
        Assert.Contains("Mentoring\n=========\n2021–present  Student mentor <https://example.org/m>\n              Three MSc students\n", text);
        Assert.Contains("- Outreach talks at high schools\n", text);
    }

    [Fact]
    public void Custom_section_titles_link_in_markdown()
    {
        var md = Texts.Markdown(Cv, new MarkdownOptions());
        Assert.Contains("## Mentoring\n\n2021–present [**Student mentor**](https://example.org/m)\\\nThree MSc students\n", md);
    }

    [Fact]
    public void Section_order_without_a_custom_section_leaves_it_out()
    {
        var cv = Cv with { Settings = new DocumentSettings { SectionOrder = [SectionIds.Education] } };
        Assert.DoesNotContain("Mentoring", Texts.Plain(cv, new PlainTextOptions()));
    }
}

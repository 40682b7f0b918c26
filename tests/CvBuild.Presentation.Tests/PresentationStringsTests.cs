using CvBuild.Core.Model;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Tests;

/// <summary>The words of the outputs are data: a locale is another table with the same ids.</summary>
public sealed class PresentationStringsTests
{
    private static string EnglishYaml()
    {
        using var stream = typeof(PresentationStrings).Assembly.GetManifestResourceStream("CvBuild.Presentation.Strings.en.yaml")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void A_locale_table_changes_the_words_and_nothing_else()
    {
        var german = PresentationStrings.Parse(EnglishYaml()
            .Replace("heading.education: \"Education\"", "heading.education: \"Ausbildung\"", StringComparison.Ordinal)
            .Replace("date.present: \"present\"", "date.present: \"heute\"", StringComparison.Ordinal)
            .Replace("education.advisor: \"Advisor:\"", "education.advisor: \"Betreuer:\"", StringComparison.Ordinal));
        var cv = new Cv
        {
            Person = new Person { Name = "Ada Lovelace" },
            Education = [new Education { Degree = "PhD", Institution = "TU", Period = new Period(new PartialDate(2020), null, Ongoing: true), Advisor = "Babbage" }],
        };
        var document = DocumentBuilder.Build(cv, new DocumentOptions(), german);
        var section = document.Sections.Single();
        Assert.Equal("Ausbildung", section.Heading);
        var entry = Assert.IsType<Presentation.Document.Entry>(section.Blocks.Single());
        Assert.Equal("2020–heute", entry.Marker);
        Assert.Equal("Betreuer: Babbage", entry.Lines[1].PlainText);
    }

    [Fact]
    public void A_locale_missing_an_id_is_refused_with_its_name()
    {
        var ex = Assert.Throws<FormatException>(() => PresentationStrings.Parse(EnglishYaml().Replace("date.present: \"present\"\n", "", StringComparison.Ordinal)));
        Assert.Contains("date.present", ex.Message);
    }

    [Theory]
    [InlineData("heading.talks: \"Talks\"\n", "duplicate key 'heading.talks'")]
    [InlineData("heading.extra: [a, b]\n", "expected 'id: text'")]
    [InlineData("heading.extra: \"unclosed\n", "line ")]
    public void A_broken_locale_file_is_refused_at_the_line_of_its_first_mistake(string appended, string expected)
    {
        var yaml = EnglishYaml();
        var line = yaml.Count(c => c == '\n') + 1;
        var ex = Assert.Throws<FormatException>(() => PresentationStrings.Parse(yaml + appended));
        Assert.Contains(expected, ex.Message);
        Assert.StartsWith($"line {line}", ex.Message);
    }

    [Fact]
    public void The_model_holds_no_display_words()
    {
        // Display words (KindLabel, Patent.Label, DegreeLine, MonthName, default headings) left the model for the table.
        var model = typeof(Cv).Assembly.GetTypes().Where(t => t.Namespace == "CvBuild.Core.Model").SelectMany(t => t.GetMembers()).Select(m => m.Name).ToHashSet();
        Assert.DoesNotContain("KindLabel", model);
        Assert.DoesNotContain("DegreeLine", model);
        Assert.DoesNotContain("MonthName", model);
        Assert.DoesNotContain("DefaultHeadings", model);
        Assert.DoesNotContain("ToYearString", model);
    }
}

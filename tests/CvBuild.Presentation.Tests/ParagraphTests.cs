using System.Text;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;
using CvBuild.TestSupport;

namespace CvBuild.Presentation.Tests;

/// <summary>A free text written with a blank line stays two paragraphs in every output (the document carries them once).</summary>
public sealed class ParagraphTests
{
    private const string Abstract = "Line one of the abstract\n  wrapped in the editor.\n\n \nSecond paragraph — with an em dash.";

    private static readonly string PaperCv =
        "person: {name: Pub Owner}\npublications:\n  - kind: conference\n    title: Paper with abstract\n    authors: [Pub Owner]\n" +
        "    venue: ICML\n    year: 2023\n    abstract: |\n      Line one of the abstract\n      wrapped in the editor.\n\n      Second paragraph — with an em dash.\n";

    private static readonly string PositionCv =
        "person: {name: Ada Lovelace}\npositions:\n  - title: Engineer\n    organization: Lab\n    start: 2020\n" +
        "    description: |\n      Built the first part.\n\n      Then the second part.\n";

    [Fact]
    public void A_blank_line_separates_paragraphs_and_a_single_break_is_a_space()
    {
        Assert.Equal(["Line one of the abstract wrapped in the editor.", "Second paragraph — with an em dash."], Paragraphs.Split(Abstract));
        Assert.Equal(["One paragraph only."], Paragraphs.Split("One paragraph only.\n"));
    }

    [Fact]
    public void An_abstract_of_two_paragraphs_is_two_paragraph_lines_of_the_document()
    {
        var doc = DocumentBuilder.Build(Outputs.Read(PaperCv), new DocumentOptions { Variant = CvVariant.Publications }, PresentationStrings.English);
        var entry = doc.Sections.SelectMany(s => s.Blocks).OfType<Entry>().Single();
        var paragraphs = entry.Lines.Where(l => l.IsParagraph).Select(l => l.PlainText).ToList();
        Assert.Equal(["Line one of the abstract wrapped in the editor.", "Second paragraph — with an em dash."], paragraphs);
    }

    [Fact]
    public void Plain_text_sets_a_blank_line_between_the_paragraphs()
    {
        var text = Outputs.Text(Outputs.Read(PaperCv), "publications");
        Assert.Contains("Line one of the abstract wrapped in the editor.\n\nSecond paragraph — with an em dash.", text);
        var position = Outputs.Text(Outputs.Read(PositionCv));
        Assert.Matches(@"Built the first part\.\n\n +Then the second part\.", position);
    }

    [Fact]
    public void Markdown_sets_each_paragraph_apart()
    {
        var markdown = Outputs.Markdown(Outputs.Read(PaperCv), "publications");
        Assert.Contains("Line one of the abstract wrapped in the editor.\n\nSecond paragraph — with an em dash.", markdown);
        var position = Outputs.Markdown(Outputs.Read(PositionCv));
        Assert.Matches(@"Built the first part\.\n\n *Then the second part\.", position);
    }

    [Fact]
    public void Html_gives_each_paragraph_its_own_p()
    {
        var html = Encoding.UTF8.GetString(Outputs.Render(Outputs.Read(PaperCv), "html", "publications"));
        Assert.Contains(">Line one of the abstract wrapped in the editor.</p><p class=\"abstract\" dir=\"auto\">Second paragraph — with an em dash.</p>", html);
        var position = Encoding.UTF8.GetString(Outputs.Render(Outputs.Read(PositionCv), "html"));
        Assert.Contains(">Built the first part.</p><p class=\"abstract\" dir=\"auto\">Then the second part.</p>", position);
    }

    [ToolFact("pdftotext")]
    public void The_pdf_starts_the_second_paragraph_on_a_line_of_its_own()
    {
        var text = Outputs.PdfToText(Outputs.Render(Outputs.Read(PaperCv), "pdf", "publications"));
        Assert.Contains("\nSecond paragraph — with an em dash.", text);
        Assert.Contains("Line one of the abstract wrapped in the editor.\n", text);
    }
}

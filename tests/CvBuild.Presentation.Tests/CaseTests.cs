using System.Text.RegularExpressions;

namespace CvBuild.Presentation.Tests;

/// <summary>The shared real-world failing cases (tests/CvBuild.Presentation.Tests/Cases), each with its right outcome.</summary>
public sealed partial class CaseTests
{
    public static TheoryData<string> FullOutputs() => new() { "pdf", "text", "markdown" };

    private static string Read(string output, Core.Model.Cv cv) => output switch
    {
        "text" => Outputs.Fold(Outputs.Text(cv)),
        // Emphasis markers are typography, not text: dropped before the escapes are undone.
        "markdown" => Outputs.Fold(Outputs.Unescape(Emphasis().Replace(Outputs.Markdown(cv), ""))),
        _ => Outputs.Fold(Outputs.PdfToText(Outputs.Render(cv, "pdf"))),
    };

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void Trailing_symbols_note_and_custom_section_appear_in_every_full_output(string output)
    {
        var text = Read(output, Outputs.ReadCase("02-trailing-symbols-cpp-csharp.yaml"));
        foreach (var fact in new[] { "Rated A+", "Grade A+", "top 5%", "Skills", "Languages", "Java, C++", "F#, C#, A-", "Tools", "C++Now Conference, 2023" })
            Assert.Contains(fact, text);
    }

    [Theory]
    [MemberData(nameof(FullOutputs))]
    public void An_author_written_others_prints_as_et_al_never_as_a_person(string output)
    {
        var text = Read(output, Outputs.ReadCase("21-corporate-authors.yaml"));
        Assert.Contains("ATLAS Collaboration, Marta Kowalska et al.", text);
        Assert.DoesNotContain("others", text);
        Assert.Contains("Institute of Electrical and Electronics Engineers, Marta Kowalska", text);
    }

    [Fact]
    public void Doi_with_angle_brackets_is_readable_in_text_and_never_breaks_an_address()
    {
        var cv = Outputs.ReadCase("08-doi-special-chars.yaml");
        var text = Outputs.Text(cv);
        Assert.Contains("doi:10.1175/1520-0493(1987)115<1606:OERV>2.0.CO;2", text);
        Assert.Contains("doi:10.1002/(SICI)1099-1727(199821)14:1<3::AID-SDR140>3.0.CO;2-K", text);
        foreach (Match address in Delimited().Matches(text))
            Assert.True(Uri.TryCreate(address.Groups[1].Value, UriKind.Absolute, out _) && !address.Groups[1].Value.Contains('<'), address.Value);
    }

    [Fact]
    public void Doi_links_are_percent_encoded_in_the_pdf_and_in_markdown()
    {
        var cv = Outputs.ReadCase("08-doi-special-chars.yaml");
        var links = Outputs.PdfLinks(Outputs.Render(cv, "pdf"));
        Assert.Contains("https://doi.org/10.1175/1520-0493(1987)115%3C1606:OERV%3E2.0.CO;2", links);
        Assert.Contains("https://doi.org/10.1002/(SICI)1099-1727(199821)14:1%3C3::AID-SDR140%3E3.0.CO;2-K", links);
        Assert.Contains("https://doi.org/10.1007/978-3-531-19121-8_8", links);
        Assert.All(links, l => Assert.DoesNotContain('<', l));
        var markdown = Outputs.Markdown(cv);
        Assert.Contains("(https://doi.org/10.1175/1520-0493%281987%29115%3C1606:OERV%3E2.0.CO;2)", markdown);
    }

    [GeneratedRegex(@"(?<!\\)\*+")]
    private static partial Regex Emphasis();

    // An address the text writes after its label: "<https://…>".
    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]*)>")]
    private static partial Regex Delimited();
}

using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Strings;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CvBuild.Pdf.Tests;

/// <summary>
/// The paragraph direction of an entry line is the document's (its locale's), and every field is a directional
/// isolate: a right-to-left field reads right to left inside itself without turning the line around (UAX #9 X5c, HL1).
/// Positions are read back with PdfPig.
/// </summary>
public sealed class FieldDirectionTests
{
    private const string MixedCv = """
        person: {name: Layla Haddad}
        positions:
          - {title: "مهندسة (Engineer)", organization: Jordan Valley Authority, location: Amman, start: 2012, end: 2014}
          - {title: "מהנדסת", organization: Mekorot Water Company, location: Tel Aviv, start: 2015, end: 2016}
        publications:
          - kind: journal
            title: "Groundwater in the Jordan Valley"
            authors: [Layla Haddad, Yael Ben-David]
            venue: מים והשקיה
            pages: "12–19"
            year: 2020
        """;

    private static Cv Read(string yaml)
    {
        var result = CvReader.Parse(yaml, "cv.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    private static IReadOnlyList<Letter> Letters(Cv cv, PresentationStrings strings)
    {
        var document = DocumentBuilder.Build(cv, new DocumentOptions(), strings);
        var pdf = CvPdfRenderer.RenderDetailed(document, new PdfOptions { Fonts = Render.Fonts, Design = cv.Settings.Design }).Pdf;
        using var read = PdfDocument.Open(pdf, new ParsingOptions { UseActualText = true });
        return [.. read.GetPage(1).Letters];
    }

    /// <summary>The x of the first letter <paramref name="value"/> on the line of the first letter <paramref name="onLineOf"/>.</summary>
    private static double X(IReadOnlyList<Letter> letters, string value, string onLineOf)
    {
        var y = letters.First(l => l.Value == onLineOf).StartBaseLine.Y;
        return letters.First(l => l.Value == value && Math.Abs(l.StartBaseLine.Y - y) < 0.5).StartBaseLine.X;
    }

    [Fact]
    public void An_arabic_title_first_in_an_english_line_keeps_the_fields_in_logical_order()
    {
        var letters = Letters(Read(MixedCv), PresentationStrings.English);
        // "مهندسة (Engineer), Jordan Valley Authority, Amman": title, then organisation, then place, left to right.
        Assert.True(X(letters, "E", "J") < X(letters, "J", "J"), "the title's gloss is left of the organisation");
        Assert.True(X(letters, "J", "J") < X(letters, "A", "J"), "the organisation is left of the place");
        // Inside the right-to-left title the Arabic word, typed first, is at its right: right of "(Engineer)".
        Assert.True(X(letters, "E", "J") < X(letters, "r", "J"), "sanity: Engineer reads left to right");
        var arabic = letters.Where(l => l.Value.Any(c => c is >= '\u0600' and <= '\u06FF'))
            .Where(l => Math.Abs(l.StartBaseLine.Y - letters.First(m => m.Value == "J").StartBaseLine.Y) < 0.5).ToList();
        Assert.NotEmpty(arabic);
        Assert.All(arabic, a => Assert.True(a.StartBaseLine.X > X(letters, "r", "J"), $"'{a.Value}' at {a.StartBaseLine.X} is not right of the gloss"));
        Assert.All(arabic, a => Assert.True(a.StartBaseLine.X < X(letters, "J", "J"), $"'{a.Value}' at {a.StartBaseLine.X} is not left of the organisation"));
    }

    [Fact]
    public void A_hebrew_field_reads_right_to_left_inside_itself_and_stays_first_in_its_line()
    {
        var letters = Letters(Read(MixedCv), PresentationStrings.English);
        // Venue line "מים והשקיה, pp. 12–19, 2020": the venue's first word is right of its second, both left of "pp.".
        Assert.True(X(letters, "ם", "9") > X(letters, "ו", "9"), "מים (typed first) is right of והשקיה");
        Assert.True(X(letters, "ם", "9") < X(letters, "p", "9"), "the venue comes before the pages, at the left");
        // A Hebrew job title alone: still left of its organisation.
        Assert.True(X(letters, "מ", "M") < X(letters, "M", "M"));
    }

    [Fact]
    public void A_right_to_left_locale_sets_english_fields_right_to_left_in_the_line()
    {
        var strings = PresentationStrings.BuiltIn("he")!;
        Assert.True(strings.RightToLeft);
        var letters = Letters(Read("person: {name: Noa Cohen}\npositions:\n  - {title: Engineer, organization: Lab, start: 2015}\n"), strings);
        // The line "Engineer, Lab" in a Hebrew document: the first field at the right, each field left to right inside.
        Assert.True(X(letters, "E", "L") > X(letters, "L", "L"), "Engineer (first) is right of Lab");
        Assert.True(X(letters, "E", "L") < X(letters, "g", "L"), "Engineer reads left to right inside itself");
    }
}

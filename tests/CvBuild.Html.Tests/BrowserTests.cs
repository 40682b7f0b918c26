using System.Text.RegularExpressions;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Document;
using CvBuild.Presentation.Strings;
using CvBuild.TestSupport;

namespace CvBuild.Html.Tests;

/// <summary>The page in a real browser (Debian's chromium, headless, offline): it loads cleanly, fits a phone and a desktop, and shows every fact.</summary>
public sealed partial class BrowserTests
{
    private const string LongWords = """
person:
  name: Ann Lee
  homepage: "https://example.org/a/very/long/path/that/never/breaks/because/it/has/no/spaces/at/all/anywhere/in/it"
publications:
  - kind: journal
    title: Pneumonoultramicroscopicsilicovolcanoconiosis-and-Supercalifragilisticexpialidocious-Unbreakable
    authors: [Ann Lee]
    venue: Journal
    year: 2020
    links: {doi: "10.1000/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
""";

    [ToolTheory(HeadlessChromium.Tool)]
    [InlineData("full")]
    [InlineData("short")]
    [InlineData("publications")]
    [InlineData("talks")]
    public void The_page_loads_with_no_console_message(string variant)
    {
        var console = HeadlessChromium.ConsoleOf(Pages.Render(Pages.Example, variant));
        Assert.True(console.Count == 0, "console:\n" + string.Join("\n", console));
    }

    [ToolTheory(HeadlessChromium.Tool)]
    [InlineData(375, "example")]
    [InlineData(1280, "example")]
    [InlineData(375, "long words")]
    [InlineData(1280, "long words")]
    public void The_page_has_no_horizontal_overflow_on_a_phone_or_a_desktop(int width, string cv)
    {
        var page = Pages.Render(cv == "example" ? Pages.Example : Pages.Read(LongWords));
        var shot = Path.Combine(Path.GetTempPath(), $"cvbuild-html-{width}-{Guid.NewGuid():N}.png");
        try
        {
            var probe = HeadlessChromium.Load(page, width, shot);
            Assert.True(probe.ClientWidth <= width && probe.ClientWidth > width - 30, $"viewport {probe.ClientWidth} for a {width} px frame");
            Assert.True(probe.ScrollWidth <= probe.ClientWidth, $"at {width} px the page is {probe.ScrollWidth} px wide (viewport {probe.ClientWidth})");
            Assert.True(probe.Console.Count == 0, "console:\n" + string.Join("\n", probe.Console));
            // A PNG's width is the big-endian integer at byte 16 (IHDR, PNG specification §11.2.2).
            var png = File.ReadAllBytes(shot);
            Assert.Equal(width, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        }
        finally
        {
            File.Delete(shot);
        }
    }

    [ToolTheory(HeadlessChromium.Tool)]
    [InlineData("full")]
    [InlineData("publications")]
    [InlineData("talks")]
    public void Every_fact_of_the_example_is_in_the_pages_text(string variant)
    {
        var cv = Pages.Example;
        var text = Fold(HeadlessChromium.Load(Pages.Render(cv, variant), 1280).Text);
        var document = DocumentBuilder.Build(cv, new DocumentOptions { Variant = DocumentOptions.ParseVariant(variant), Date = cv.LastUpdated }, PresentationStrings.English);
        var facts = new List<string> { document.Header.Name };
        facts.AddRange(document.Header.Identity.SelectMany(l => l.Spans).Select(s => s.Text));
        facts.AddRange(document.Header.Contacts.SelectMany(c => new[] { c.Label ?? "", c.Value.Text }));
        if (document.Footer is { } footer) facts.Add(footer);
        foreach (var section in document.Sections)
        {
            facts.Add(section.Heading);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case Subheading s: facts.Add(s.Text); break;
                    case TextBlock t: facts.AddRange(t.Line.Spans.Select(s => s.Text)); break;
                    case Entry e: facts.Add(e.Kind == MarkerKind.Date ? e.Marker ?? "" : ""); facts.AddRange(e.Lines.SelectMany(l => l.Spans).Select(s => s.Text)); break;
                    case NumberedList l: facts.AddRange(l.Entries.SelectMany(e => e.Lines).SelectMany(x => x.Spans).Select(s => s.Text)); break;
                }
            }
        }
        var missing = facts.Select(Fold).Select(f => f.Trim()).Where(f => f.Length > 0 && !text.Contains(f, StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(facts.Count > 50, "too few facts collected");
        Assert.True(missing.Count == 0, "not in the page's text:\n" + string.Join("\n", missing));
    }

    private static string Fold(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

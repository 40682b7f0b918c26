using System.Globalization;
using System.Text;
using System.Text.Json;
using CvBuild.TestSupport;

namespace CvBuild.Html.Tests;

/// <summary>
/// The document's no-break marks in a real browser: at every frame width from a phone's to a desktop's, no name,
/// "IL, USA", " (virtual)", "NeurIPS 2025" or link label is split over two lines, while the same page without the
/// nowrap rule does split some of them at those widths (so the widths reach the protected places).
/// </summary>
public sealed class NoBreakBrowserTests
{
    private static string Yaml()
    {
        string[] words = ["on", "Robust", "Learning", "and", "Control", "of", "Large", "Dynamical", "Systems", "in", "Practice", "with"];
        var sb = new StringBuilder("""
            person:
              name: Tomasz Wierzbicki
            publications:

            """);
        for (var k = 0; k < 6; k++)
            sb.Append(CultureInfo.InvariantCulture, $"""
                  - kind: conference
                    title: Study {k}
                    authors: [Tomasz Wierzbicki, {string.Join(", ", Enumerable.Range(k * 5, 30).Select(i => $"Given{i:0000} Author{i:0000}"))}]
                    venue: Proceedings {string.Join(" ", words.Take(k * 2))}
                    year: 2025
                    awards: [Best paper at the Workshop {string.Join(" ", words.Take(k * 2))} at NeurIPS 2025]
                    links: {"{"}doi: "10.1000/q{new string('x', k * 4)}", pdf: "https://example.org/{k}.pdf"{"}"}

                """);
        sb.Append("talks:\n");
        for (var k = 0; k < words.Length; k++)
            sb.Append(CultureInfo.InvariantCulture, $"""
                  - date: {2010 + k}
                    event: Colloquium {string.Join(" ", words.Take(k))}
                    location: Springfield, IL, USA
                    virtual: true

                """);
        return sb.ToString();
    }

    // For each width, the nowrap spans whose protected text sits on more than one line: a range over text split over
    // lines has a client rectangle on each (CSSOM View §6). A label's host, "(example.org)", may wrap and is left out.
    private const string SplitSpans = """
        (() => { const split = {}; for (let w = 320; w <= 1000; w += 4) { frame.style.width = w + "px";
          const found = [...d.querySelectorAll(".nobreak")].filter(e => { const range = d.createRange(); const host = e.querySelector(".host");
            if (host) { range.setStart(e, 0); range.setEndBefore(host); } else range.selectNodeContents(e);
            const tops = [...range.getClientRects()].filter(r => r.width > 0).map(r => r.top);
            return tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 8; }).map(e => e.textContent);
          if (found.length > 0) split[w] = found; } return split; })()
        """;

    private static Dictionary<string, string[]> Split(string page)
    {
        var probe = HeadlessChromium.Load(page, 320, measure: SplitSpans);
        Assert.True(probe.Console.Count == 0, "console:\n" + string.Join("\n", probe.Console));
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(probe.Measured!)!;
    }

    [ToolFact(HeadlessChromium.Tool)]
    public void No_protected_piece_is_split_over_two_lines_at_any_width()
    {
        var page = Pages.Render(Pages.Read(Yaml()));
        Assert.Contains(".nobreak{white-space:nowrap}", page, StringComparison.Ordinal);
        var control = Split(page.Replace(".nobreak{white-space:nowrap}", "", StringComparison.Ordinal));
        var reached = control.Values.SelectMany(v => v).Select(Kind).ToHashSet();
        Assert.True(reached.Contains("name") && reached.Contains("place"), "without nowrap nothing split at these widths but: " + string.Join(", ", reached));
        var split = Split(page);
        Assert.True(split.Count == 0, string.Join("\n", split.Select(kv => $"{kv.Key} px: {string.Join(" | ", kv.Value)}")));
    }

    private static string Kind(string text) => text switch
    {
        _ when text.StartsWith("Given", StringComparison.Ordinal) => "name",
        "IL, USA" => "place",
        " (virtual)" => "virtual",
        _ when text.StartsWith(" PDF", StringComparison.Ordinal) => "link label",
        "NeurIPS 2025" => "venue year",
        _ => "other: " + text,
    };
}

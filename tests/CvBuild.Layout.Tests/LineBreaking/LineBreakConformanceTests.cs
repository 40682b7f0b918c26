using System.Globalization;
using CvBuild.Layout.LineBreaking;
using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Text;

namespace CvBuild.Layout.Tests.LineBreaking;

/// <summary>Unicode's conformance file for UAX #14, run in full against the default (untailored) rules.</summary>
public sealed class LineBreakConformanceTests
{
    [Fact]
    public void Every_case_of_LineBreakTest_txt_breaks_where_Unicode_specifies()
    {
        var failures = new List<string>();
        var cases = 0;
        foreach (var raw in UnicodeTestFiles.ReadLines("auxiliary/LineBreakTest.txt"))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            // "× 0041 ÷ 0020 ..." : a mark before every code point and one at the end.
            var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var codePoints = new List<int>();
            var expected = new List<bool>();
            foreach (var token in tokens)
            {
                if (token is "×" or "÷")
                {
                    expected.Add(token == "÷");
                }
                else
                {
                    codePoints.Add(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }
            cases++;
            var breaks = new BreakKind[codePoints.Count + 1];
            LineBreakRules.Analyze(codePoints.ToArray(), breaks);
            var actual = breaks.Select(b => b != BreakKind.None).ToList();
            if (!actual.SequenceEqual(expected))
            {
                var got = string.Concat(codePoints.Select((cp, i) => (actual[i] ? "÷ " : "× ") + cp.ToString("X4", CultureInfo.InvariantCulture) + " "))
                    + (actual[^1] ? "÷" : "×");
                failures.Add($"{line}\n   got {got}   ({raw.Split('#').ElementAtOrDefault(1)?.Trim()})");
            }
        }
        Assert.True(cases > 7000, $"only {cases} cases read");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases fail:\n" + string.Join('\n', failures.Take(12)));
    }
}

using System.Globalization;
using System.Text;
using CvBuild.Layout.Bidi;
using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Unicode;

namespace CvBuild.Layout.Tests.Bidi;

/// <summary>
/// Unicode's own conformance files for UAX #9. Every case is run; a failure lists the count and the first cases that
/// failed, so one test reports the state of the whole file.
/// </summary>
public sealed class BidiConformanceTests
{
    private const int ShownFailures = 10;

    [Fact]
    public void Every_case_of_BidiTest_txt_resolves_levels_and_order_as_Unicode_specifies()
    {
        var lines = UnicodeTestFiles.ReadLines("BidiTest.txt");
        string[] levels = [];
        string[] order = [];
        var failures = new List<string>();
        var cases = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line.StartsWith("@Levels:", StringComparison.Ordinal))
            {
                levels = Fields(line["@Levels:".Length..]);
                continue;
            }
            if (line.StartsWith("@Reorder:", StringComparison.Ordinal))
            {
                order = Fields(line["@Reorder:".Length..]);
                continue;
            }
            var parts = line.Split(';');
            var classes = Fields(parts[0]).Select(Enum.Parse<BidiClass>).ToArray();
            var bitset = int.Parse(parts[1].Trim(), CultureInfo.InvariantCulture);
            // Bit 1: auto (P2–P3), bit 2: left-to-right, bit 4: right-to-left paragraph.
            foreach (var (bit, paragraphLevel) in new[] { (1, -1), (2, 0), (4, 1) })
            {
                if ((bitset & bit) == 0)
                {
                    continue;
                }
                cases++;
                var actual = Resolve(classes, [], paragraphLevel, out _);
                if (actual.Levels != string.Join(' ', levels) || actual.Order != string.Join(' ', order))
                {
                    failures.Add($"{line} (paragraph {paragraphLevel}): levels [{actual.Levels}] order [{actual.Order}], "
                        + $"expected [{string.Join(' ', levels)}] [{string.Join(' ', order)}]");
                }
            }
        }
        Assert.True(cases > 400_000, $"only {cases} cases read");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases fail:\n" + string.Join('\n', failures.Take(ShownFailures)));
    }

    [Fact]
    public void Every_case_of_BidiCharacterTest_txt_resolves_levels_and_order_as_Unicode_specifies()
    {
        var lines = UnicodeTestFiles.ReadLines("BidiCharacterTest.txt");
        var failures = new List<string>();
        var cases = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split(';');
            var codePoints = Fields(fields[0]).Select(f => int.Parse(f, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            var direction = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var expectedParagraph = int.Parse(fields[2], CultureInfo.InvariantCulture);
            var expectedLevels = string.Join(' ', Fields(fields[3]));
            var expectedOrder = string.Join(' ', Fields(fields[4]));
            var classes = codePoints.Select(UnicodeProperties.BidiClass).ToArray();
            var brackets = codePoints.Select(BidiText.BracketKey).ToArray();
            cases++;
            var actual = Resolve(classes, brackets, direction == 2 ? -1 : direction, out var paragraph);
            if (paragraph != expectedParagraph || actual.Levels != expectedLevels || actual.Order != expectedOrder)
            {
                failures.Add($"{fields[0]}; {direction}: paragraph {paragraph} levels [{actual.Levels}] order [{actual.Order}], "
                    + $"expected {expectedParagraph} [{expectedLevels}] [{expectedOrder}]");
            }
        }
        Assert.True(cases > 90_000, $"only {cases} cases read");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases fail:\n" + string.Join('\n', failures.Take(ShownFailures)));
    }

    private static string[] Fields(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Levels (x for characters X9 removes) and the visual order of the kept characters, as the files write them.</summary>
    private static (string Levels, string Order) Resolve(BidiClass[] classes, int[] brackets, int paragraphLevel, out int resolvedParagraph)
    {
        var levels = new byte[classes.Length];
        resolvedParagraph = BidiAlgorithm.ResolveLevels(classes, brackets, paragraphLevel, levels);
        BidiAlgorithm.ResetWhitespaceLevels(classes, levels, 0, classes.Length, resolvedParagraph);
        var order = new int[classes.Length];
        BidiAlgorithm.VisualOrder(levels, order);
        var levelText = new StringBuilder();
        var orderText = new StringBuilder();
        for (var i = 0; i < classes.Length; i++)
        {
            levelText.Append(i > 0 ? " " : "").Append(BidiAlgorithm.IsRemovedByX9(classes[i]) ? "x" : levels[i].ToString(CultureInfo.InvariantCulture));
        }
        foreach (var i in order)
        {
            if (!BidiAlgorithm.IsRemovedByX9(classes[i]))
            {
                orderText.Append(orderText.Length > 0 ? " " : "").Append(i.ToString(CultureInfo.InvariantCulture));
            }
        }
        return (levelText.ToString(), orderText.ToString());
    }
}

using System.Text;

namespace CvBuild.Text.Wrapping;

/// <summary>
/// Greedy word wrapping in display columns with a first-line prefix and a hanging indent.
/// A line never exceeds the width unless it holds a single word that alone is wider (a long URL):
/// breaking such a token would corrupt it, so it gets a line of its own instead.
/// </summary>
public static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, int width, string firstPrefix = "", string restPrefix = "")
    {
        var words = text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var line = new StringBuilder(firstPrefix);
        var lineWidth = DisplayWidth.Of(firstPrefix);
        var empty = true;
        foreach (var word in words)
        {
            var w = DisplayWidth.Of(word);
            if (!empty && lineWidth + 1 + w > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(restPrefix);
                lineWidth = DisplayWidth.Of(restPrefix);
                empty = true;
            }
            if (!empty)
            {
                line.Append(' ');
                lineWidth++;
            }
            line.Append(word);
            lineWidth += w;
            empty = false;
        }
        if (!empty || lines.Count == 0) lines.Add(line.ToString().TrimEnd());
        return lines;
    }
}

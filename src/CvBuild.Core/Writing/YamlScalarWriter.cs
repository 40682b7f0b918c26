using System.Globalization;
using System.Text;

namespace CvBuild.Core.Writing;

/// <summary>Writes strings as YAML scalars that read back as exactly the same string.</summary>
public static class YamlScalarWriter
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    /// <summary>
    /// A plain scalar when it can only be read back as this exact string (starts with a letter, no
    /// indicator characters, no ": " or " #", not a YAML keyword); otherwise double-quoted with escapes.
    /// </summary>
    public static string Scalar(string value)
    {
        var plain = value.Length > 0 && char.IsLetter(value[0]) && value.Trim() == value && !Keywords.Contains(value)
            && !value.Contains(": ") && !value.EndsWith(':')
            && value.IndexOfAny(['#', '"', '\'', '\\', '{', '}', '[', ']', '*', '&', '!', '|', '>', '%', '@', '`']) < 0
            && value.All(c => char.IsSurrogate(c) || (c >= ' ' && c is not ('\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF')));
        return plain ? value : Quoted(value);
    }

    /// <summary>A double-quoted scalar: safe whatever the text holds (colons, quotes, '#', a leading '-', line breaks).</summary>
    public static string Quoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                case < ' ' or '\u007F' or '\uFEFF': sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }
}

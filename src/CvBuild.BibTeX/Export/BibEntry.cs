using System.Text;

namespace CvBuild.BibTeX.Export;

/// <summary>
/// One entry being written: its type, key and fields with values already in BibTeX syntax. In a file for
/// 8-bit bibtex (<paramref name="macros"/>), a non-ASCII character the escaper could not spell as LaTeX is
/// listed in <see cref="Unspellable"/> to be reported: kept as UTF-8, which bibtex copies through unchanged,
/// or, where the file must be ASCII (<paramref name="asciiOnly"/>, --ascii), written as '?'.
/// </summary>
internal sealed class BibEntry(string type, string key, bool macros, bool asciiOnly)
{
    private readonly List<(string Name, string Value)> _fields = [];
    private readonly List<(string Field, string Characters)> _unspellable = [];

    public string Type { get; } = type;
    public string Key { get; } = key;

    /// <summary>Per field, the distinct characters with no LaTeX spelling (in the order met).</summary>
    public IReadOnlyList<(string Field, string Characters)> Unspellable => _unspellable;

    /// <summary>A braced field; empty values are left out, since an empty field makes styles warn.</summary>
    public BibEntry Braced(string name, string? escapedValue)
    {
        if (!string.IsNullOrWhiteSpace(escapedValue)) _fields.Add((name, "{" + Checked(name, escapedValue) + "}"));
        return this;
    }

    /// <summary>A bare value: a number or a macro such as the month names jan..dec.</summary>
    public BibEntry Bare(string name, string value)
    {
        _fields.Add((name, Checked(name, value)));
        return this;
    }

    private string Checked(string field, string value)
    {
        if (!macros || value.All(char.IsAscii)) return value;
        var sb = new StringBuilder(value.Length);
        var seen = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii) { sb.Append((char)rune.Value); continue; }
            sb.Append(asciiOnly ? "?" : rune.ToString());
            if (!seen.ToString().Contains(rune.ToString(), StringComparison.Ordinal)) seen.Append(rune.ToString());
        }
        _unspellable.Add((field, seen.ToString()));
        return sb.ToString();
    }

    public void AppendTo(StringBuilder sb)
    {
        var width = _fields.Count == 0 ? 0 : _fields.Max(f => f.Name.Length);
        sb.Append('@').Append(Type).Append('{').Append(Key);
        foreach (var (name, value) in _fields)
            sb.Append(",\n  ").Append(name.PadRight(width)).Append(" = ").Append(value);
        sb.Append("\n}\n");
    }
}

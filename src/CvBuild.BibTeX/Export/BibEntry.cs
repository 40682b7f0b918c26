using System.Text;

namespace CvBuild.BibTeX.Export;

/// <summary>One entry being written: its type, key and fields with values already in BibTeX syntax.</summary>
internal sealed class BibEntry(string type, string key)
{
    private readonly List<(string Name, string Value)> _fields = [];

    public string Type { get; } = type;
    public string Key { get; } = key;

    /// <summary>A braced field; empty values are left out, since an empty field makes styles warn.</summary>
    public BibEntry Braced(string name, string? escapedValue)
    {
        if (!string.IsNullOrWhiteSpace(escapedValue)) _fields.Add((name, "{" + escapedValue + "}"));
        return this;
    }

    /// <summary>A bare value: a number or a macro such as the month names jan..dec.</summary>
    public BibEntry Bare(string name, string value)
    {
        _fields.Add((name, value));
        return this;
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

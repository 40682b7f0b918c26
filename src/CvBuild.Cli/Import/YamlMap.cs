using System.Globalization;
using System.Text;
using CvBuild.Core.Writing;

namespace CvBuild.Cli.Import;

/// <summary>
/// An ordered YAML mapping built by an importer and written in block style, keys in the order they were set.
/// Absent values (null, empty text, empty lists and mappings) are left out, so an importer can set every field
/// it might have. Strings go through <see cref="YamlScalarWriter"/> and read back as exactly themselves;
/// dates, numbers and booleans are written plain so the CV reader reads them as such.
/// </summary>
internal sealed class YamlMap
{
    private readonly List<(string Key, object Value)> _entries = [];

    public bool IsEmpty => _entries.Count == 0;

    public YamlMap Set(string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) _entries.Add((key, new Text(value)));
        return this;
    }

    /// <summary>A value written as it is, unquoted: only for text already known to be a date, 'present' or a number.</summary>
    public YamlMap SetPlain(string key, string? value)
    {
        if (value is not null) _entries.Add((key, new Plain(value)));
        return this;
    }

    public YamlMap Set(string key, int? value) => value is { } v ? SetPlain(key, v.ToString(CultureInfo.InvariantCulture)) : this;

    public YamlMap Set(string key, bool value) => value ? SetPlain(key, "true") : this;

    public YamlMap Set(string key, YamlMap? value)
    {
        if (value is { IsEmpty: false }) _entries.Add((key, value));
        return this;
    }

    public YamlMap Set(string key, IEnumerable<string?> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (object)new Text(v!)).ToList();
        if (list.Count > 0) _entries.Add((key, list));
        return this;
    }

    public YamlMap Set(string key, IEnumerable<YamlMap> values)
    {
        var list = values.Where(v => !v.IsEmpty).Cast<object>().ToList();
        if (list.Count > 0) _entries.Add((key, list));
        return this;
    }

    /// <summary>This mapping with the other's fields after its own.</summary>
    public YamlMap Append(YamlMap other)
    {
        _entries.AddRange(other._entries);
        return this;
    }

    public bool Has(string key) => _entries.Any(e => e.Key == key);

    /// <summary>The document: each top-level field after a blank line, two-space indentation, '\n' line ends.</summary>
    public string Write(IEnumerable<string> headerComments)
    {
        var sb = new StringBuilder();
        foreach (var line in headerComments) sb.Append("# ").Append(line).Append('\n');
        var first = true;
        foreach (var (key, value) in _entries)
        {
            if (!first && value is YamlMap or List<object>) sb.Append('\n');
            first = false;
            Entry(sb, 0, key, value);
        }
        return sb.ToString();
    }

    private static void Entry(StringBuilder sb, int indent, string key, object value)
    {
        sb.Append(' ', indent).Append(YamlScalarWriter.Scalar(key)).Append(':');
        switch (value)
        {
            case YamlMap map:
                sb.Append('\n');
                map.Body(sb, indent + 2);
                break;
            case List<object> list:
                sb.Append('\n');
                foreach (var item in list) Item(sb, indent + 2, item);
                break;
            default:
                sb.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private void Body(StringBuilder sb, int indent)
    {
        foreach (var (key, value) in _entries) Entry(sb, indent, key, value);
    }

    private static void Item(StringBuilder sb, int indent, object item)
    {
        if (item is YamlMap map)
        {
            // "- " then the first field on the same line, the rest under it.
            var inner = new StringBuilder();
            map.Body(inner, indent + 2);
            sb.Append(' ', indent).Append("- ").Append(inner.ToString(indent + 2, inner.Length - indent - 2));
            return;
        }
        sb.Append(' ', indent).Append("- ").Append(Scalar(item)).Append('\n');
    }

    private static string Scalar(object value) => value switch
    {
        Text t => YamlScalarWriter.Scalar(t.Value),
        Plain p => p.Value,
        _ => throw new InvalidOperationException("not a scalar"),
    };

    private sealed record Text(string Value);

    private sealed record Plain(string Value);
}

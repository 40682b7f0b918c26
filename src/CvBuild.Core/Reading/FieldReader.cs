using CvBuild.Core.Model;
using CvBuild.Core.Schema;

namespace CvBuild.Core.Reading;

/// <summary>
/// Reads the fields of one YAML mapping against its <see cref="ObjectSpec"/>: unknown keys (with a
/// "did you mean" hint) and missing required fields are reported as soon as it is made.
/// </summary>
internal sealed class FieldReader
{
    private readonly ReadContext _ctx;
    private readonly YamlMapping _map;

    public FieldReader(ReadContext ctx, YamlMapping map, ObjectSpec spec)
    {
        _ctx = ctx;
        _map = map;
        Spec = spec;
        foreach (var (key, _) in map.Entries)
        {
            if (spec.Field(key.Value) is not null) continue;
            var hint = Suggestions.Closest(key.Value, spec.Fields.Select(f => f.Name)) is { } s ? $"; did you mean '{s}'?" : "";
            ctx.Diagnostics.Error(key.Span, $"unknown field '{key.Value}' in {spec.Name}{hint}");
        }
        foreach (var field in spec.Fields)
        {
            if (!field.Required || map[field.Name] is not (null or YamlScalar { IsNull: true })) continue;
            ctx.Diagnostics.Error(map.Span, $"{spec.Name} is missing the required field '{field.Name}'");
            Missing = true;
        }
    }

    public ObjectSpec Spec { get; }
    public SourceSpan Span => _map.Span;
    /// <summary>A required field is absent: the object cannot be built, but its other fields are still checked.</summary>
    public bool Missing { get; }

    public YamlNode? Node(string name)
    {
        var node = _map[name];
        if (node is not null) _ctx.Visit(node);
        return node is YamlScalar { IsNull: true } ? null : node;
    }

    public string? String(string name) => Node(name) is { } n ? _ctx.String(n, name) : null;
    // Bounds come from the field's spec, so the reader, the JSON Schema and the docs cannot disagree.
    public int? Integer(string name) =>
        Node(name) is { } n ? _ctx.Integer(n, name, Spec.Field(name)!.Min ?? int.MinValue, Spec.Field(name)!.Max ?? int.MaxValue) : null;
    public double? Number(string name) =>
        Node(name) is { } n ? _ctx.Number(n, name, Spec.Field(name)!.Min ?? double.MinValue, Spec.Field(name)!.Max ?? double.MaxValue) : null;
    public bool? Boolean(string name) => Node(name) is { } n ? _ctx.Boolean(n, name) : null;
    public PartialDate? Date(string name) => Node(name) is { } n ? _ctx.Date(n, name) : null;
    public string? Url(string name) => Node(name) is { } n ? _ctx.Url(n, name) : null;
    public string? Email(string name) => Node(name) is { } n ? _ctx.Email(n, name) : null;
    /// <summary>An ORCID iD, its check character verified (see <see cref="WrittenForms.Orcid"/>).</summary>
    public string? Orcid(string name) => Node(name) is { } n ? WrittenForms.Orcid(_ctx.String(n, name), n.Span, _ctx.Diagnostics) : null;
    public string? Color(string name) => Node(name) is { } n ? _ctx.Color(n, name) : null;
    public Period? YearOrRange(string name) => Node(name) is { } n ? _ctx.YearOrRange(n, name) : null;
    public IReadOnlyList<string> StringList(string name) => _ctx.StringList(Node(name), name);
    public Period? Period(string start = "start", string end = "end") => _ctx.Period(Node(start), Node(end), start, end);

    public string? Enum(string name) =>
        Node(name) is { } n ? _ctx.Enum(n, name, Spec.Field(name)!.Values) : null;

    /// <summary>The valid values of a list of enum values (an <see cref="FieldType.EnumList"/>), each with its node; others are reported.</summary>
    public IEnumerable<(string Value, YamlNode Node)> EnumItems(string name)
    {
        foreach (var item in _ctx.Items(Node(name), name))
            if (_ctx.Enum(item, name, Spec.Field(name)!.Values) is { } value) yield return (value, item);
    }

    /// <summary>
    /// Where each field of this object was written (its value's position), and each part of a field that is itself
    /// a mapping or a list ("venue.name", "awards[1]", "authors[0].name"), for problems found after reading.
    /// </summary>
    public FieldSources Sources()
    {
        var fields = new List<(string Path, SourceSpan At)>();
        foreach (var (key, value) in _map.Entries)
            if (value is not YamlScalar { IsNull: true }) Add(fields, key.Value, value, depth: 0);
        return FieldSources.Of(fields);
    }

    private static void Add(List<(string Path, SourceSpan At)> fields, string path, YamlNode node, int depth)
    {
        fields.Add((path, node.Span));
        // The format nests at most a list of mappings in a field (authors: [{name: ...}]).
        if (depth >= 2) return;
        if (node is YamlMapping map)
            foreach (var (key, value) in map.Entries) Add(fields, path + "." + key.Value, value, depth + 1);
        else if (node is YamlSequence list)
            for (var i = 0; i < list.Items.Count; i++) Add(fields, $"{path}[{i}]", list.Items[i], depth + 1);
    }

    /// <summary>A multi-line text such as an abstract: kept as written apart from a trailing newline.</summary>
    public string? Text(string name) => Node(name) is { } n ? _ctx.Scalar(n, name)?.TrimEnd('\n', ' ') : null;
}

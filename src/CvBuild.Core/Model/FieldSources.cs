namespace CvBuild.Core.Model;

/// <summary>
/// Where each field of one entry was written, so a problem found after reading (an export that cannot spell a
/// character of a title) can point at that field's value instead of at the entry. Keyed by the field's path in
/// the format: "title", "venue.name", "awards[1]", "authors[0].name". The positions are the ones the reader already
/// has (the YAML tree's nodes; a .bib field's for a publication read by publications_from); an entry built in code
/// has none (<see cref="None"/>). Two sets are equal when they hold the same positions, like <see cref="SourceSpan"/>.
/// </summary>
public sealed class FieldSources : IEquatable<FieldSources>
{
    private readonly (string Path, SourceSpan At)[] _fields;

    private FieldSources((string Path, SourceSpan At)[] fields) => _fields = fields;

    /// <summary>No positions: an entry built in code.</summary>
    public static FieldSources None { get; } = new([]);

    /// <summary>The positions in the order given; a later path replaces an earlier one.</summary>
    public static FieldSources Of(IEnumerable<(string Path, SourceSpan At)> fields)
    {
        var list = new List<(string Path, SourceSpan At)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (index.TryGetValue(field.Path, out var same)) list[same] = field;
            else
            {
                index[field.Path] = list.Count;
                list.Add(field);
            }
        }
        return list.Count == 0 ? None : new FieldSources([.. list]);
    }

    /// <summary>Every path with its position.</summary>
    public IReadOnlyList<(string Path, SourceSpan At)> All => _fields;

    /// <summary>
    /// The position of the value at <paramref name="path"/>, else of the nearest enclosing field that was written
    /// ("venue" when the venue is a plain string and "venue.name" is asked; "awards" for "awards[3]"), else null.
    /// </summary>
    public SourceSpan? At(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
            foreach (var (name, at) in _fields)
                if (name == p) return at;
        return null;
    }

    /// <summary>These positions, with <paramref name="overrides"/>' replacing them path by path and below (an override of
    /// "awards" replaces every "awards[i]").</summary>
    public FieldSources With(FieldSources overrides)
    {
        var replaced = overrides._fields.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return Of(_fields.Where(f => !replaced.Any(r => f.Path == r || f.Path.StartsWith(r + ".", StringComparison.Ordinal) || f.Path.StartsWith(r + "[", StringComparison.Ordinal)))
            .Concat(overrides._fields));
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? "" : path[..cut];
    }

    public bool Equals(FieldSources? other) => other is not null && _fields.AsSpan().SequenceEqual(other._fields);
    public override bool Equals(object? obj) => Equals(obj as FieldSources);
    public override int GetHashCode() => _fields.Length;
}

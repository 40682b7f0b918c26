using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Cli.Import;

/// <summary>
/// A node of a foreign CV file (JSON Resume's JSON, RenderCV's YAML) with where it is: its line and column and
/// its JSON pointer (RFC 6901). An importer takes what it maps through <see cref="Take"/>, <see cref="Text"/> and
/// <see cref="Items"/>, which mark nodes as used; <see cref="ReportUnused"/> then names everything left over, so
/// nothing is dropped without a warning.
/// </summary>
internal sealed class ImportNode
{
    private readonly List<KeyValuePair<string, ImportNode>> _properties = [];
    private readonly List<ImportNode> _items = [];

    public ImportNode(ImportNodeKind kind, string pointer, SourceSpan span, string? value = null)
    {
        Kind = kind;
        Pointer = pointer;
        Span = span;
        Value = value;
    }

    public ImportNodeKind Kind { get; }
    /// <summary>The JSON pointer of this node ("" for the root; "/work/0/name").</summary>
    public string Pointer { get; }
    public SourceSpan Span { get; }
    /// <summary>The text of a scalar (a number or a boolean as written); null for objects, arrays and null.</summary>
    public string? Value { get; }
    public bool Used { get; private set; }

    public IReadOnlyList<KeyValuePair<string, ImportNode>> Properties => _properties;
    public int ItemCount => _items.Count;

    public ImportNode Item(int index) => _items[index];

    /// <summary>Marks this object or array as read, not what it holds (each item is still reported if nothing takes it).</summary>
    public void MarkSelfUsed() => Used = true;

    internal void Add(string name, ImportNode value) => _properties.Add(new(name, value));
    internal void Add(ImportNode item) => _items.Add(item);

    /// <summary>The property of this object with this name, marked used; null when absent or when this is no object.</summary>
    public ImportNode? Take(string name)
    {
        if (Kind != ImportNodeKind.Object) return null;
        Used = true;
        foreach (var (key, value) in _properties)
        {
            if (key != name) continue;
            if (value.Kind == ImportNodeKind.Null) value.MarkUsed();
            return value.Kind == ImportNodeKind.Null ? null : value;
        }
        return null;
    }

    /// <summary>The trimmed text of a scalar property, marked used; null (and left unused, so it is reported) when it is an object or array.</summary>
    public string? Text(string name)
    {
        var node = Take(name);
        if (node?.Value is not { } value) return null;
        node.Used = true;
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>The items of an array property (marked used, the items not yet); a single object or scalar counts as a list of one.</summary>
    public IReadOnlyList<ImportNode> Items(string name)
    {
        var node = Take(name);
        if (node is null) return [];
        if (node.Kind != ImportNodeKind.Array) return [node];
        node.Used = true;
        return node._items;
    }

    /// <summary>The scalar text of an array item or of the node itself, marked used.</summary>
    public string? ScalarText()
    {
        if (Value is null) return null;
        Used = true;
        var trimmed = Value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Marks this node and everything under it used (a part read whole, or knowingly ignored).</summary>
    public void MarkUsed()
    {
        Used = true;
        foreach (var (_, value) in _properties) value.MarkUsed();
        foreach (var item in _items) item.MarkUsed();
    }

    /// <summary>Warns once for every node nothing took: the outermost unused node, with its pointer.</summary>
    public void ReportUnused(DiagnosticBag diagnostics, Func<ImportNode, string>? why = null)
    {
        var pending = new Stack<ImportNode>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!node.Used)
            {
                if (node.Kind != ImportNodeKind.Null)
                    diagnostics.Warning(node.Span, $"{ShowPointer(node.Pointer)} not imported{why?.Invoke(node) ?? ""}");
                continue;
            }
            for (var i = node._items.Count - 1; i >= 0; i--) pending.Push(node._items[i]);
            for (var i = node._properties.Count - 1; i >= 0; i--) pending.Push(node._properties[i].Value);
        }
    }

    /// <summary>A JSON pointer for a message: "/" for the root, escaped so control characters cannot reach the terminal.</summary>
    public static string ShowPointer(string pointer) => DiagnosticText.Escape(pointer.Length == 0 ? "/" : pointer);

    /// <summary>RFC 6901: '~' is written ~0 and '/' ~1 in a pointer's reference tokens.</summary>
    public static string Child(string pointer, string name) => pointer + "/" + name.Replace("~", "~0").Replace("/", "~1");

    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal enum ImportNodeKind { Object, Array, String, Number, Boolean, Null }

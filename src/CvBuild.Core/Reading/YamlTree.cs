using CvBuild.Core.Model;

namespace CvBuild.Core.Reading;

/// <summary>
/// A YAML document as a small tree whose every node knows its source position.
/// Aliases point at the anchored node itself (never a copy), so the tree stays as large as the file.
/// </summary>
public abstract class YamlNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;
    public abstract string KindName { get; }

    /// <summary>Characters of scalar text plus one per node, with every alias inside counted in full (the alias-bomb measure).</summary>
    public long ExpandedSize { get; internal set; }
}

public sealed class YamlScalar(SourceSpan span, string value, bool plain) : YamlNode(span)
{
    public string Value { get; } = value;
    /// <summary>Unquoted; only plain scalars can mean null, true/false or a number.</summary>
    public bool Plain { get; } = plain;
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";
    public override string KindName => IsNull ? "null" : "a scalar";
}

public sealed class YamlMapping(SourceSpan span) : YamlNode(span)
{
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];
    public override string KindName => "a mapping";

    /// <summary>The value of <paramref name="key"/>, or null when the mapping has no such key.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            // A loop, not LINQ: the reader looks up every field of every entry, and a closure per lookup adds up.
            foreach (var (k, value) in Entries)
                if (k.Value == key) return value;
            return null;
        }
    }
}

public sealed class YamlSequence(SourceSpan span) : YamlNode(span)
{
    public List<YamlNode> Items { get; } = [];
    public override string KindName => "a list";
}

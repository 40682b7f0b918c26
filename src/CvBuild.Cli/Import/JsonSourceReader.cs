using System.Text;
using System.Text.Json;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Cli.Import;

/// <summary>
/// Reads JSON into <see cref="ImportNode"/>s that know their line, column and JSON pointer. System.Text.Json's
/// <see cref="Utf8JsonReader"/> gives each token's byte offset; lines and columns are counted from those
/// (columns in characters, 1-based, as editors show them). Comments and trailing commas are accepted, as
/// hand-edited resume.json files have them; a syntax error is one diagnostic at its place.
/// </summary>
internal static class JsonSourceReader
{
    public const int MaxDepth = 64;

    public static ImportNode? Read(byte[] utf8, string file, DiagnosticBag diagnostics)
    {
        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        });
        var stack = new Stack<(ImportNode Node, string? PendingName)>();
        ImportNode? root = null;
        string? name = null;
        var nameAt = new SourceSpan(file, 1, 1);
        try
        {
            while (reader.Read())
            {
                var at = lines.At(file, reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    name = reader.GetString()!;
                    nameAt = at;
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.Pop();
                    continue;
                }
                var parent = stack.Count > 0 ? stack.Peek().Node : null;
                // A property's warnings point at its name, where a reader looks for it.
                if (parent?.Kind == ImportNodeKind.Object) at = nameAt;
                var pointer = parent is null ? ""
                    : parent.Kind == ImportNodeKind.Object ? ImportNode.Child(parent.Pointer, name!)
                    : ImportNode.Child(parent.Pointer, CountItems(parent));
                var node = reader.TokenType switch
                {
                    JsonTokenType.StartObject => new ImportNode(ImportNodeKind.Object, pointer, at),
                    JsonTokenType.StartArray => new ImportNode(ImportNodeKind.Array, pointer, at),
                    JsonTokenType.String => new ImportNode(ImportNodeKind.String, pointer, at, reader.GetString()),
                    JsonTokenType.Number => new ImportNode(ImportNodeKind.Number, pointer, at, Encoding.UTF8.GetString(reader.ValueSpan)),
                    JsonTokenType.True => new ImportNode(ImportNodeKind.Boolean, pointer, at, "true"),
                    JsonTokenType.False => new ImportNode(ImportNodeKind.Boolean, pointer, at, "false"),
                    _ => new ImportNode(ImportNodeKind.Null, pointer, at),
                };
                if (parent is null) root = node;
                else if (parent.Kind == ImportNodeKind.Object)
                {
                    if (parent.Properties.Any(p => p.Key == name))
                        diagnostics.Warning(at, $"{ImportNode.ShowPointer(pointer)} is given twice; the first is imported");
                    parent.Add(name!, node);
                }
                else parent.Add(node);
                if (node.Kind is ImportNodeKind.Object or ImportNodeKind.Array) stack.Push((node, null));
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            diagnostics.Error(new SourceSpan(file, line, column), "not valid JSON: " + FirstSentence(ex.Message));
            return null;
        }
        if (root is null) diagnostics.Error(new SourceSpan(file, 1, 1), "the file holds no JSON value");
        return root;
    }

    private static int CountItems(ImportNode array) => array.ItemCount;

    /// <summary>System.Text.Json's message ends with its own "LineNumber: ... | BytePositionInLine: ..." which the position already says.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }

    /// <summary>Byte offsets of line starts, to turn a token's byte offset into a 1-based line and character column.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _bytes;
        private readonly List<int> _starts = [0];

        public LineIndex(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
                if (bytes[i] == (byte)'\n') _starts.Add(i + 1);
        }

        public SourceSpan At(string file, long offset)
        {
            var index = _starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var column = 1;
            // Count characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start one.
            for (var i = _starts[line]; i < offset; i++)
                if ((_bytes[i] & 0xC0) != 0x80) column++;
            return new SourceSpan(file, line + 1, column);
        }
    }
}

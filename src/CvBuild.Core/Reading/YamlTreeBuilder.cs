using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CvBuild.Core.Reading;

/// <summary>
/// Builds a tree of <see cref="YamlNode"/> from YamlDotNet's event stream, iteratively (no recursion, so deep
/// nesting cannot overflow the stack), reporting duplicate keys, non-scalar keys and unknown aliases.
/// </summary>
internal static class YamlTreeBuilder
{
    public const int MaxDepth = 64;

    public static YamlNode? Build(string text, string file, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                switch (ev)
                {
                    case DocumentStart ds when !ds.IsImplicit || documents > 0:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Error(At(file, ev.Start), "a CV file holds one YAML document; remove the second '---'");
                            return root;
                        }
                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case Scalar s:
                        Add(new YamlScalar(At(file, s.Start), s.Value, s.Style == ScalarStyle.Plain), s.Anchor);
                        break;
                    case MappingStart ms:
                        Open(new YamlMapping(At(file, ms.Start)), ms.Anchor, ev);
                        break;
                    case SequenceStart ss:
                        Open(new YamlSequence(At(file, ss.Start)), ss.Anchor, ev);
                        break;
                    case MappingEnd or SequenceEnd:
                        var done = stack.Pop();
                        if (done.PendingKey is not null)
                            diagnostics.Error(done.PendingKey.Span, $"key '{done.PendingKey.Value}' has no value");
                        break;
                    case AnchorAlias alias:
                        if (anchors.TryGetValue(alias.Value.Value, out var target))
                            Add(target, AnchorName.Empty, alias: true);
                        else
                            diagnostics.Error(At(file, alias.Start), $"unknown alias '*{alias.Value.Value}'");
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Error(new SourceSpan(file, (int)ex.Start.Line, (int)ex.Start.Column), "YAML syntax error: " + CleanMessage(ex.Message));
            return null;
        }
        catch (DepthExceeded d)
        {
            diagnostics.Error(d.Span, $"nesting deeper than {MaxDepth} levels");
            return null;
        }
        return root;

        void Open(YamlNode node, AnchorName anchor, ParsingEvent ev)
        {
            Add(node, anchor);
            if (stack.Count >= MaxDepth) throw new DepthExceeded(node.Span);
            stack.Push(new Frame(node));
        }

        void Add(YamlNode node, AnchorName anchor, bool alias = false)
        {
            if (!anchor.IsEmpty) anchors[anchor.Value] = node;
            if (stack.Count == 0) { root = node; return; }
            var frame = stack.Peek();
            switch (frame.Node)
            {
                case YamlSequence seq:
                    seq.Items.Add(node);
                    break;
                case YamlMapping map when frame.PendingKey is null:
                    if (node is YamlScalar key && !alias)
                    {
                        if (frame.Keys.Add(key.Value)) frame.PendingKey = key;
                        else
                        {
                            diagnostics.Error(key.Span, $"duplicate key '{key.Value}'");
                            frame.PendingKey = key;
                            frame.SkipNext = true;
                        }
                    }
                    else
                    {
                        diagnostics.Error(node.Span, "a mapping key must be a plain name, not " + node.KindName);
                        frame.PendingKey = new YamlScalar(node.Span, "", true);
                        frame.SkipNext = true;
                    }
                    break;
                case YamlMapping map:
                    if (!frame.SkipNext) map.Entries.Add(new(frame.PendingKey!, node));
                    frame.PendingKey = null;
                    frame.SkipNext = false;
                    break;
            }
        }
    }

    private static SourceSpan At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ...) - (...): "; we print the position ourselves.
    private static string CleanMessage(string message)
    {
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = i >= 0 && message.StartsWith('(') ? message[(i + 3)..] : message;
        return text.TrimEnd('.').Trim();
    }

    private sealed class Frame(YamlNode node)
    {
        public YamlNode Node { get; } = node;
        public YamlScalar? PendingKey { get; set; }
        public bool SkipNext { get; set; }
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }

    private sealed class DepthExceeded(SourceSpan span) : Exception
    {
        public SourceSpan Span { get; } = span;
    }
}

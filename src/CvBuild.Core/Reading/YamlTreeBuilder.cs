using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CvBuild.Core.Reading;

/// <summary>
/// Builds a tree of <see cref="YamlNode"/> from YamlDotNet's event stream, iteratively (no recursion, so deep
/// nesting cannot overflow the stack), reporting duplicate keys, non-scalar keys, unknown and cyclic aliases,
/// tags other than YAML's core ones, and aliases that expand the document past <see cref="MaxExpandedChars"/>.
/// Scalars are screened by <see cref="TextScreen"/>, so no control character reaches the model.
/// </summary>
internal static class YamlTreeBuilder
{
    public const int MaxDepth = 64;

    /// <summary>
    /// How large the document may become with every alias replaced by what it names, in characters of
    /// scalar text (plus one per node). Twice the largest CV file: aliases may share an author list, not
    /// multiply a megabyte (one 1 MB scalar aliased 200 times would be 200 MB in every output).
    /// </summary>
    public const long MaxExpandedChars = 2 * CvReader.MaxFileBytes;

    /// <param name="printed">Receives every scalar beyond ASCII with the place of each character, once (an alias
    /// adds nothing), for the check that a bundled font draws it.</param>
    public static YamlNode? Build(string text, string file, DiagnosticBag diagnostics, ICollection<SourcedText>? printed = null) =>
        Build(text, file, diagnostics, MaxExpandedChars, printed);

    /// <summary>As <see cref="Build(string, string, DiagnosticBag, ICollection{SourcedText})"/> with another expansion budget (tests use small ones).</summary>
    internal static YamlNode? Build(string text, string file, DiagnosticBag diagnostics, long maxExpandedChars, ICollection<SourcedText>? printed = null)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        long expanded = 0;
        var lastGood = new SourceSpan(file, 1, 1);
        try
        {
            while (Advance())
            {
                var ev = parser.Current!;
                lastGood = At(file, ev.End);
                switch (ev)
                {
                    case DocumentStart ds when !ds.IsImplicit || documents > 0:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Error(At(file, ev.Start), "a file may hold only one YAML document; remove the second '---'");
                            return root;
                        }
                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case Scalar s:
                        CheckTag(s, "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null");
                        // Most scalars are plain ASCII with nothing to screen: they need no map of their characters' places.
                        var value = s.Value;
                        if (TextScreen.NeedsCleaning(value) || (printed is not null && !System.Text.Ascii.IsValid(value)))
                        {
                            var at = Locate(s);
                            value = TextScreen.Clean(value, at, diagnostics);
                            if (printed is not null && !System.Text.Ascii.IsValid(value)) printed.Add(new SourcedText(value, at));
                        }
                        var scalar = new YamlScalar(At(file, s.Start), value, s.Style == ScalarStyle.Plain && (s.Tag.IsEmpty || s.Tag.IsNonSpecific))
                        {
                            ExpandedSize = value.Length + 1,
                        };
                        expanded += scalar.ExpandedSize;
                        Add(scalar, s.Anchor);
                        break;
                    case MappingStart ms:
                        CheckTag(ms, "tag:yaml.org,2002:map");
                        Open(new YamlMapping(At(file, ms.Start)), ms.Anchor, ev);
                        break;
                    case SequenceStart ss:
                        CheckTag(ss, "tag:yaml.org,2002:seq");
                        Open(new YamlSequence(At(file, ss.Start)), ss.Anchor, ev);
                        break;
                    case MappingEnd or SequenceEnd:
                        var done = stack.Pop();
                        done.Node.ExpandedSize = done.Size + 1;
                        expanded++;
                        if (stack.Count > 0) stack.Peek().Size += done.Node.ExpandedSize;
                        if (done.PendingKey is not null)
                            diagnostics.Error(done.PendingKey.Span, $"key '{done.PendingKey.Value}' has no value");
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                            diagnostics.Error(At(file, alias.Start), $"unknown alias '*{alias.Value.Value}'");
                        else if (stack.Any(f => ReferenceEquals(f.Node, target)))
                        {
                            // An alias inside the node it names would make the tree infinite.
                            diagnostics.Error(At(file, alias.Start), $"alias '*{alias.Value.Value}' is inside the node it names, which would repeat forever");
                            return null;
                        }
                        else
                        {
                            expanded += target.ExpandedSize;
                            if (expanded > maxExpandedChars)
                            {
                                diagnostics.Error(At(file, alias.Start),
                                    $"alias '*{alias.Value.Value}' makes the document larger than {maxExpandedChars:N0} characters once aliases are expanded " +
                                    "(each alias repeats everything its anchor names); refusing to read further");
                                return null;
                            }
                            Add(target, AnchorName.Empty, alias: true);
                        }
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
        catch (ParserFailure)
        {
            diagnostics.Error(lastGood, "YAML syntax error: the text after this point cannot be read as YAML (look for an unclosed bracket or a stray ':')");
            return null;
        }
        catch (ForeignTag t)
        {
            diagnostics.Error(t.Span, $"the YAML tag '{ShortTag(t.Tag)}' is not allowed: a CV holds plain text, numbers, lists and mappings, and cvbuild makes no other types (remove the tag)");
            return null;
        }
        return root;

        // The YAML 1.2 core schema's tags (§10.3) for this kind of node, or none; anything else (!!python/object,
        // !custom) asks for a type cvbuild has not got.
        // Where character i of a scalar's value is in the file: exact when the value is the source text
        // itself (a one-line plain or quoted scalar without escapes), else the scalar's start.
        Func<int, SourceSpan> Locate(Scalar s)
        {
            var start = At(file, s.Start);
            var offset = s.Style == ScalarStyle.Plain ? 0 : s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : -1;
            var from = s.Start.Index + offset;
            if (offset >= 0 && s.Start.Line == s.End.Line && from + s.Value.Length <= text.Length
                && string.CompareOrdinal(text, (int)from, s.Value, 0, s.Value.Length) == 0)
                return i => start with { Column = start.Column + offset + i };
            // A block, folded or escaped scalar: align the value with what is written, each character found at or
            // after the place of the one before (indentation, line breaks and quotes are only skipped); a character
            // written as an escape ("\u00e9") is not found and points at the scalar's start.
            int[]? places = null;
            return i =>
            {
                places ??= Align(text, (int)s.Start.Index, (int)Math.Min(text.Length, s.End.Index), s.Value);
                return i < 0 || i >= places.Length || places[i] < 0 ? start : PositionOf(text, start, (int)s.Start.Index, places[i]);
            };
        }

        bool Advance()
        {
            try
            {
                return parser.MoveNext();
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
            {
                // YamlDotNet's scanner can fail this way on some malformed input ("    : [\nR" throws
                // InvalidOperationException, found by the mutation tests); it is a syntax error all the same.
                throw new ParserFailure();
            }
        }

        void CheckTag(NodeEvent node, params string[] core)
        {
            if (node.Tag.IsEmpty || node.Tag.IsNonSpecific || core.Contains(node.Tag.Value)) return;
            throw new ForeignTag(At(file, node.Start), node.Tag.Value);
        }

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
            if (node is YamlScalar || alias) frame.Size += node.ExpandedSize;
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

    /// <summary>"tag:yaml.org,2002:python/object:os.system" as it was written: "!!python/object:os.system".</summary>
    private static string ShortTag(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

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
        /// <summary>The expanded size of the children added so far.</summary>
        public long Size { get; set; }
    }

    private sealed class ParserFailure : Exception;

    private sealed class ForeignTag(SourceSpan span, string tag) : Exception
    {
        public SourceSpan Span { get; } = span;
        public string Tag { get; } = tag;
    }

    private sealed class DepthExceeded(SourceSpan span) : Exception
    {
        public SourceSpan Span { get; } = span;
    }

    /// <summary>For each character of <paramref name="value"/>, its index in text[from, to), or -1 when it is not written there.</summary>
    private static int[] Align(string text, int from, int to, string value)
    {
        var places = new int[value.Length];
        var p = from;
        for (var j = 0; j < value.Length; j++)
        {
            var found = p < to ? text.IndexOf(value[j], p, to - p) : -1;
            places[j] = found;
            if (found >= 0) p = found + 1;
        }
        return places;
    }

    /// <summary>The line and column of text[index], counted from the scalar's start (at text[startIndex]).</summary>
    private static SourceSpan PositionOf(string text, SourceSpan start, int startIndex, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1), Math.Max(0, index - startIndex));
        if (index == 0 || lineStart < startIndex) return start with { Column = start.Column + index - startIndex };
        var lines = text.AsSpan(startIndex, lineStart - startIndex + 1).Count('\n');
        return start with { Line = start.Line + lines, Column = index - lineStart };
    }
}

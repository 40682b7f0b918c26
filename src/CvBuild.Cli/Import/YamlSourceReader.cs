using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Reading;

namespace CvBuild.Cli.Import;

/// <summary>
/// Reads a foreign YAML file (RenderCV's) into <see cref="ImportNode"/>s with the CV reader's own tree builder:
/// the same positions, depth limit, alias-expansion limit and control-character screening as a cvbuild CV.
/// A node reached twice through an alias is read again under its second pointer (the builder bounds the size).
/// </summary>
internal static class YamlSourceReader
{
    public static ImportNode? Read(byte[] utf8, string file, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(new Core.Model.SourceSpan(file, 1, 1), "the file is not UTF-8 text");
            return null;
        }
        var root = YamlTreeBuilder.Build(text, file, diagnostics);
        return root is null || diagnostics.HasErrors ? null : Convert(root, "");
    }

    /// <summary>A mapping's values are placed at their keys (<paramref name="at"/>), where a reader looks for them.</summary>
    private static ImportNode Convert(YamlNode node, string pointer, Core.Model.SourceSpan? at = null)
    {
        var span = at ?? node.Span;
        switch (node)
        {
            case YamlMapping map:
                var obj = new ImportNode(ImportNodeKind.Object, pointer, span);
                foreach (var (key, value) in map.Entries) obj.Add(key.Value, Convert(value, ImportNode.Child(pointer, key.Value), key.Span));
                return obj;
            case YamlSequence seq:
                var array = new ImportNode(ImportNodeKind.Array, pointer, span);
                for (var i = 0; i < seq.Items.Count; i++) array.Add(Convert(seq.Items[i], ImportNode.Child(pointer, i)));
                return array;
            case YamlScalar { IsNull: true }:
                return new ImportNode(ImportNodeKind.Null, pointer, span);
            default:
                return new ImportNode(ImportNodeKind.String, pointer, span, ((YamlScalar)node).Value);
        }
    }
}

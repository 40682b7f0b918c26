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

    private static ImportNode Convert(YamlNode node, string pointer)
    {
        switch (node)
        {
            case YamlMapping map:
                var obj = new ImportNode(ImportNodeKind.Object, pointer, map.Span);
                foreach (var (key, value) in map.Entries) obj.Add(key.Value, Convert(value, ImportNode.Child(pointer, key.Value)));
                return obj;
            case YamlSequence seq:
                var array = new ImportNode(ImportNodeKind.Array, pointer, seq.Span);
                for (var i = 0; i < seq.Items.Count; i++) array.Add(Convert(seq.Items[i], ImportNode.Child(pointer, i)));
                return array;
            case YamlScalar { IsNull: true } nothing:
                return new ImportNode(ImportNodeKind.Null, pointer, nothing.Span);
            default:
                var scalar = (YamlScalar)node;
                return new ImportNode(ImportNodeKind.String, pointer, scalar.Span, scalar.Value);
        }
    }
}

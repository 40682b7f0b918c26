using System.Collections.Concurrent;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace CvBuild.Layout.Text;

/// <summary>Shapes text with HarfBuzz (kerning and standard ligatures on) and caches results per (font, text).</summary>
internal sealed class TextShaper
{
    private static readonly Feature[] Features = [new(Tag.Parse("kern")), new(Tag.Parse("liga"))];

    private readonly ConcurrentDictionary<(FontFace Face, string Text), ShapedRun> _cache = new();

    public int CachedCount => _cache.Count;

    public ShapedRun Shape(FontFace face, string text) =>
        _cache.GetOrAdd((face, text), static key => ShapeUncached(key.Face, key.Text));

    private static ShapedRun ShapeUncached(FontFace face, string text)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        // Right-to-left scripts are not supported by the line layout; forcing LTR keeps clusters monotonic.
        buffer.Direction = Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        face.Shaper.Shape(buffer, Features);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var n = infos.Length;
        var glyphs = new ushort[n];
        var clusters = new int[n];
        var advances = new float[n];
        var dx = new float[n];
        var dy = new float[n];
        var nominal = new bool[n];
        for (var i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            dx[i] = positions[i].XOffset;
            dy[i] = positions[i].YOffset;
            nominal[i] = dx[i] == 0 && dy[i] == 0 && advances[i] == face.Shaper.GetHorizontalGlyphAdvance(infos[i].Codepoint);
        }
        return new ShapedRun(glyphs, clusters, advances, dx, dy, nominal);
    }
}

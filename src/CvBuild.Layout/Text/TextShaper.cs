using System.Collections.Concurrent;
using CvBuild.Layout.Unicode;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace CvBuild.Layout.Text;

/// <summary>
/// Shapes text with HarfBuzz (kerning and standard ligatures on) and caches results per (font, text, direction, script).
/// </summary>
internal sealed class TextShaper
{
    private static readonly Feature[] Features = [new(Tag.Parse("kern")), new(Tag.Parse("liga"))];

    private readonly ConcurrentDictionary<(FontFace Face, string Text, bool RightToLeft, int Script), ShapedRun> _cache = new();

    public int CachedCount => _cache.Count;

    /// <summary>
    /// Shapes one run. <paramref name="rightToLeft"/> runs (odd bidi levels) come back in visual order, clusters falling;
    /// HarfBuzz then also applies Bidi_Mirroring_Glyph (UAX #9 rule L4). <paramref name="script"/> is an index from
    /// <see cref="UnicodeProperties.Script"/>; Common, Inherited or Unknown lets HarfBuzz guess from the text.
    /// </summary>
    public ShapedRun Shape(FontFace face, string text, bool rightToLeft = false, int script = UnicodeProperties.CommonScript) =>
        _cache.GetOrAdd((face, text, rightToLeft, script), static key => ShapeUncached(key.Face, key.Text, key.RightToLeft, key.Script));

    private static ShapedRun ShapeUncached(FontFace face, string text, bool rightToLeft, int script)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        // The direction comes from the bidi level, not from the text: numbers inside Arabic are shaped left to right.
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        if (!UnicodeProperties.IsNeutralScript(script))
        {
            // The script picks HarfBuzz's shaper (Arabic joining, Indic reordering); runs are split where it changes.
            buffer.Script = Script.Parse(UnicodeProperties.ScriptCode(script));
        }
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

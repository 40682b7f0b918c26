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
    private static readonly Feature[] SmallCapsFeatures = [.. Features, new(Tag.Parse("smcp"))];

    /// <summary>Characters of context kept on each side of a run: HarfBuzz looks at most a few characters away (Arabic joining).</summary>
    public const int ContextLength = 8;

    private readonly ConcurrentDictionary<(FontFace Face, string Text, int Start, int Length, bool RightToLeft, int Script, LetterCase Case), ShapedRun> _cache = new();

    public int CachedCount => _cache.Count;

    /// <summary>
    /// Shapes one run. <paramref name="rightToLeft"/> runs (odd bidi levels) come back in visual order, clusters falling;
    /// HarfBuzz then also applies Bidi_Mirroring_Glyph (UAX #9 rule L4). <paramref name="script"/> is an index from
    /// <see cref="UnicodeProperties.Script"/>; Common, Inherited or Unknown lets HarfBuzz guess from the text.
    /// </summary>
    public ShapedRun Shape(FontFace face, string text, bool rightToLeft = false, int script = UnicodeProperties.CommonScript) =>
        Shape(face, text, 0, text.Length, rightToLeft, script);

    /// <summary>
    /// Shapes text[start, start + length) with the characters around it as context (HarfBuzz's pre- and post-context),
    /// so a word cut into runs by style (a bold name, a link) still joins: an Arabic letter at a run's end takes its
    /// initial or medial form when the next run goes on with the word. Clusters count from <paramref name="start"/>.
    /// Only <see cref="ContextLength"/> characters on each side are kept, so the cache sees the same key for the same
    /// surroundings.
    /// </summary>
    /// <param name="letterCase">How lower-case letters are shaped: as written, as the face's small capitals, or as capitals
    /// (for small capitals a face lacks, drawn at a smaller size by the caller). Clusters still point at the text as written.</param>
    public ShapedRun Shape(FontFace face, string text, int start, int length, bool rightToLeft, int script, LetterCase letterCase = LetterCase.AsWritten)
    {
        var from = Math.Max(0, start - ContextLength);
        if (from > 0 && char.IsLowSurrogate(text[from])) from--;
        var to = Math.Min(text.Length, start + length + ContextLength);
        if (to < text.Length && char.IsLowSurrogate(text[to])) to++;
        var window = from == 0 && to == text.Length ? text : text[from..to];
        // Upper-casing char by char keeps every index, so clusters still match the text as written.
        if (letterCase == LetterCase.Capitals) window = string.Create(window.Length, window, static (chars, w) =>
        {
            for (var i = 0; i < w.Length; i++) chars[i] = char.IsSurrogate(w[i]) ? w[i] : char.ToUpperInvariant(w[i]);
        });
        return _cache.GetOrAdd((face, window, start - from, length, rightToLeft, script, letterCase),
            static key => ShapeUncached(key.Face, key.Text, key.Start, key.Length, key.RightToLeft, key.Script, key.Case));
    }

    private static ShapedRun ShapeUncached(FontFace face, string text, int start, int length, bool rightToLeft, int script, LetterCase letterCase)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text, start, length);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        if (!UnicodeProperties.IsNeutralScript(script))
        {
            // The script picks HarfBuzz's shaper (Arabic joining, Indic reordering); runs are split where it changes.
            buffer.Script = Script.Parse(UnicodeProperties.ScriptCode(script));
        }
        buffer.GuessSegmentProperties();
        face.Shaper.Shape(buffer, letterCase == LetterCase.SmallCaps ? SmallCapsFeatures : Features);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var n = infos.Length;
        var glyphs = new ushort[n];
        var clusters = new int[n];
        var advances = new float[n];
        var dx = new float[n];
        var dy = new float[n];
        for (var i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster - start;
            advances[i] = positions[i].XAdvance;
            dx[i] = positions[i].XOffset;
            dy[i] = positions[i].YOffset;
        }
        return new ShapedRun(glyphs, clusters, advances, dx, dy);
    }
}

/// <summary>How a run's lower-case letters are shaped (see <see cref="TextStyle.SmallCaps"/>).</summary>
internal enum LetterCase
{
    AsWritten,
    /// <summary>With the face's <c>smcp</c> feature: its own small capitals.</summary>
    SmallCaps,
    /// <summary>As capitals, for a run the caller sets smaller: small capitals synthesised where the face has none.</summary>
    Capitals,
}

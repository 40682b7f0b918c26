namespace CvBuild.Layout.Pdf;

/// <summary>
/// Positioned glyphs of one font and size, in the order their text is read (logical order, also for right-to-left
/// text), with the text each cluster stands for. Positions are in points from the run's origin, y growing down.
/// The first glyph of a cluster carries the cluster's text as a range of <see cref="Text"/>; the cluster's other
/// glyphs carry an empty range. Reused between runs to avoid allocation.
/// </summary>
internal sealed class GlyphRun
{
    private ushort[] _glyphs = new ushort[64];
    private float[] _x = new float[64];
    private float[] _y = new float[64];
    private int[] _textStart = new int[64];
    private int[] _textLength = new int[64];

    public string Text { get; private set; } = "";

    /// <summary>True when the glyphs are right-to-left text (listed in logical order, placed right to left).</summary>
    public bool RightToLeft { get; private set; }
    public int Count { get; private set; }

    public ReadOnlySpan<ushort> Glyphs => _glyphs.AsSpan(0, Count);
    public ReadOnlySpan<float> X => _x.AsSpan(0, Count);
    public ReadOnlySpan<float> Y => _y.AsSpan(0, Count);

    public ReadOnlySpan<char> TextOf(int index) => Text.AsSpan(_textStart[index], _textLength[index]);

    public bool StartsCluster(int index) => _textLength[index] > 0;

    /// <summary>Empties the run; <paramref name="text"/> is the string the text ranges index.</summary>
    public void Reset(string text, bool rightToLeft = false)
    {
        Text = text;
        RightToLeft = rightToLeft;
        Count = 0;
    }

    /// <summary>Adds a glyph at (<paramref name="x"/>, <paramref name="y"/>) pt standing for text
    /// [<paramref name="textStart"/>, +<paramref name="textLength"/>), or 0 length for a cluster's later glyphs.</summary>
    public void Add(ushort glyph, float x, float y, int textStart, int textLength)
    {
        if (Count == _glyphs.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _glyphs, size);
            Array.Resize(ref _x, size);
            Array.Resize(ref _y, size);
            Array.Resize(ref _textStart, size);
            Array.Resize(ref _textLength, size);
        }
        _glyphs[Count] = glyph;
        _x[Count] = x;
        _y[Count] = y;
        _textStart[Count] = textStart;
        _textLength[Count] = textLength;
        Count++;
    }
}

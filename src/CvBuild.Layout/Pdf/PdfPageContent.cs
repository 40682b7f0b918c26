namespace CvBuild.Layout.Pdf;

/// <summary>
/// The content stream of one page (ISO 32000-1 §8, §9.4) and its link annotations. Callers give positions in points
/// from the page's top-left corner, y growing down (the layout engine's space); this turns them into PDF user space
/// (origin bottom-left). Text state (font, size, fill colour) is only written when it changes, and a run of glyphs
/// becomes one TJ array whose numbers correct each glyph's place where it differs from the nominal advance.
/// </summary>
internal sealed class PdfPageContent
{
    /// <summary>Below this many thousandths of an em a glyph is left where its advance puts it.</summary>
    private const double PositionTolerance = 0.05;

    private readonly PdfDocumentWriter _document;
    private readonly PdfBytes _content;
    private readonly List<(float Left, float Top, float Right, float Bottom, string Uri)> _links = [];
    private bool _inText;
    private bool _inArray;
    private bool _inString;
    private PdfFontResource? _font;
    private float _fontSize;
    private Color? _fill;
    private byte _alpha = 255;
    private double _lineX;
    private double _lineY;
    private double _penX;

    /// <param name="capacity">Bytes to reserve for the content stream (it grows as needed).</param>
    internal PdfPageContent(PdfDocumentWriter document, float width, float height, int capacity)
    {
        _document = document;
        _content = new PdfBytes(capacity);
        Width = width;
        Height = height;
        // Each stream saves and restores the graphics state, so a page's next stream starts from the defaults.
        _content.Ascii("q\n");
    }

    /// <summary>Page width in pt.</summary>
    public float Width { get; }

    /// <summary>Page height in pt.</summary>
    public float Height { get; }

    internal ReadOnlySpan<byte> Content => _content.Span;

    /// <summary>The content stream without a copy, for a page that is ended: nothing is drawn into it any more.</summary>
    internal ReadOnlyMemory<byte> FinishedContent => _content.Memory;

    internal IReadOnlyList<(float Left, float Top, float Right, float Bottom, string Uri)> Links => _links;

    /// <summary>Fills the rectangle from (<paramref name="left"/>, <paramref name="top"/>) to (<paramref name="right"/>,
    /// <paramref name="bottom"/>) pt with <paramref name="color"/>.</summary>
    public void FillRectangle(float left, float top, float right, float bottom, Color color)
    {
        EndText();
        SetFill(color);
        _content.Real(left).Byte((byte)' ').Real(Height - bottom).Byte((byte)' ').Real(right - left).Byte((byte)' ')
            .Real(bottom - top).Ascii(" re f\n");
    }

    /// <summary>Adds a link annotation over the rectangle (pt, y down) to <paramref name="uri"/>.</summary>
    public void AddLink(float left, float top, float right, float bottom, string uri) => _links.Add((left, top, right, bottom, uri));

    /// <summary>
    /// Draws <paramref name="run"/> with <paramref name="face"/> at <paramref name="size"/> pt, its origin at
    /// (<paramref name="x"/>, <paramref name="baseline"/>). A cluster whose glyphs cannot carry its text through the
    /// font's ToUnicode map (a glyph already mapped to other text, or several glyphs that are not simply the font's own
    /// glyphs for its code points in order) is marked with /ActualText (§14.9.4), so extraction reads the source
    /// characters.
    /// </summary>
    public void ShowGlyphs(FontFace face, float size, Color color, float x, float baseline, GlyphRun run)
    {
        if (run.Count == 0)
        {
            return;
        }
        var font = _document.Font(face);
        BeginText();
        SetFill(color);
        if (font != _font || size != _fontSize)
        {
            CloseArray();
            _content.Byte((byte)'/').Ascii(font.ResourceName).Byte((byte)' ').Real(size).Ascii(" Tf\n");
            _font = font;
            _fontSize = size;
        }
        var glyphs = run.Glyphs;
        var count = run.Count;
        for (var i = 0; i < count;)
        {
            var end = i + 1;
            while (end < count && !run.StartsCluster(end))
            {
                end++;
            }
            var text = run.TextOf(i);
            if (run.RightToLeft && text.Length > 1)
            {
                text = Reversed(text);
            }
            if (text.IsEmpty || (end - i == 1 ? font.MapsTo(glyphs[i], text) : !run.RightToLeft && font.MapsEachTo(glyphs[i..end], text)))
            {
                for (var g = i; g < end; g++)
                {
                    Glyph(font, size, glyphs[g], x + run.X[g], baseline + run.Y[g]);
                }
            }
            else if (run.RightToLeft)
            {
                // The first glyph (a base letter) carries the cluster's text and its marks carry none: an extractor that
                // places a span's text across the span's width (poppler) would otherwise spread it over glyphs listed
                // against the direction of the line. The text of several letters is given in display order, as such
                // extractors reverse it.
                // (A lone glyph was already refused by MapsTo above; the first of several may still map.)
                Marked(font, size, glyphs[i], x + run.X[i], baseline + run.Y[i], text, plain: end - i > 1 && font.MapsTo(glyphs[i], text));
                for (var g = i + 1; g < end; g++)
                {
                    Marked(font, size, glyphs[g], x + run.X[g], baseline + run.Y[g], []);
                }
            }
            else
            {
                // The span runs from the first glyph to the last one that advances the pen, so its text covers the
                // cluster's width; marks drawn after that (a vowel sign placed back over its letter) get empty spans of
                // their own, or the span would end short of the next letter and extractors would split the word.
                var last = end - 1;
                while (last > i && font.Width(glyphs[last]) == 0)
                {
                    last--;
                }
                CloseArray();
                _content.Ascii("/Span<</ActualText ").TextString(text.ToString()).Ascii(">>BDC\n");
                for (var g = i; g <= last; g++)
                {
                    Glyph(font, size, glyphs[g], x + run.X[g], baseline + run.Y[g]);
                }
                CloseArray();
                _content.Ascii("EMC\n");
                for (var g = last + 1; g < end; g++)
                {
                    Marked(font, size, glyphs[g], x + run.X[g], baseline + run.Y[g], []);
                }
            }
            i = end;
        }
        CloseArray();
    }

    /// <summary>Draws one glyph, inside an /ActualText span of <paramref name="actualText"/> unless <paramref name="plain"/>.</summary>
    private void Marked(PdfFontResource font, float size, ushort glyph, double x, double top, ReadOnlySpan<char> actualText, bool plain = false)
    {
        if (plain)
        {
            Glyph(font, size, glyph, x, top);
            return;
        }
        CloseArray();
        _content.Ascii("/Span<</ActualText ").TextString(actualText.ToString()).Ascii(">>BDC\n");
        Glyph(font, size, glyph, x, top);
        CloseArray();
        _content.Ascii("EMC\n");
    }

    private static ReadOnlySpan<char> Reversed(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = text[text.Length - 1 - i];
        }
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (char.IsLowSurrogate(chars[i]) && char.IsHighSurrogate(chars[i + 1]))
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                i++;
            }
        }
        return chars;
    }

    /// <summary>Ends the last text object and restores the graphics state.</summary>
    internal void Finish()
    {
        EndText();
        _content.Ascii("Q\n");
    }

    private void Glyph(PdfFontResource font, float size, ushort glyph, double x, double top)
    {
        var y = Height - top;
        if (!_inArray || Math.Abs(y - _lineY) > 0.0005)
        {
            CloseArray();
            // Td moves relative to the start of the previous line; the rounded move is what the viewer applies.
            var dx = Math.Round(x - _lineX, 3);
            var dy = Math.Round(y - _lineY, 3);
            _content.Real(dx).Byte((byte)' ').Real(dy).Ascii(" Td[");
            _lineX += dx;
            _lineY += dy;
            _penX = _lineX;
            _inArray = true;
        }
        else
        {
            // TJ numbers are thousandths of text space, subtracted from the position (§9.4.3).
            var adjust = Math.Round((_penX - x) * 1000 / size, 1);
            if (Math.Abs(adjust) >= PositionTolerance)
            {
                if (_inString)
                {
                    _content.Byte((byte)'>');
                    _inString = false;
                }
                _content.Real(adjust, 1);
                _penX -= adjust * size / 1000;
            }
        }
        if (!_inString)
        {
            _content.Byte((byte)'<');
            _inString = true;
        }
        _content.Hex16(glyph);
        _penX += font.Width(glyph) * size / 1000.0;
    }

    private void CloseArray()
    {
        if (_inString)
        {
            _content.Byte((byte)'>');
            _inString = false;
        }
        if (_inArray)
        {
            _content.Ascii("]TJ\n");
            _inArray = false;
        }
    }

    private void BeginText()
    {
        if (!_inText)
        {
            _content.Ascii("BT\n");
            _inText = true;
            _lineX = 0;
            _lineY = 0;
            // Text state (Tf) outlives BT/ET (§9.3.1), so the font stays set.
        }
    }

    private void EndText()
    {
        CloseArray();
        if (_inText)
        {
            _content.Ascii("ET\n");
            _inText = false;
        }
    }

    private void SetFill(Color color)
    {
        if (_fill is { } current && current.R == color.R && current.G == color.G && current.B == color.B && _alpha == color.A)
        {
            return;
        }
        CloseArray();
        if (_alpha != color.A)
        {
            _content.Byte((byte)'/').Ascii(_document.AlphaState(color.A)).Ascii(" gs\n");
            _alpha = color.A;
        }
        _content.Real(color.R / 255.0, 4).Byte((byte)' ').Real(color.G / 255.0, 4).Byte((byte)' ').Real(color.B / 255.0, 4).Ascii(" rg\n");
        _fill = color;
    }
}

namespace CvBuild.Layout;

/// <summary>How a run of text looks. Immutable; derive variants with <c>with</c> or the helpers.</summary>
public sealed record TextStyle
{
    public static TextStyle Default { get; } = new();

    /// <summary>A family registered in the <see cref="FontLibrary"/>, e.g. <see cref="FontFamilies.Serif"/>.</summary>
    public string FontFamily { get; init; } = FontFamilies.Serif;
    public float Size { get; init; } = 10f;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public Color Color { get; init; } = Color.Black;

    /// <summary>Drawn smaller and raised; does not enlarge the line.</summary>
    public bool Superscript { get; init; }

    /// <summary>
    /// Lower-case letters as small capitals: the face's own small capitals (OpenType feature <c>smcp</c>, shaped by
    /// HarfBuzz) where it has one for the letter, else capitals at <see cref="SmallCapsScale"/> of the size. Either way
    /// the PDF's text layer keeps the letters as written, so copying gives back the original case.
    /// </summary>
    public bool SmallCaps { get; init; }

    public TextStyle WithSize(float size) => this with { Size = size };
    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };
    public TextStyle WithColor(Color color) => this with { Color = color };
    public TextStyle WithFamily(string family) => this with { FontFamily = family };
    public TextStyle WithSuperscript(bool superscript = true) => this with { Superscript = superscript };

    internal const float SuperscriptScale = 0.7f;
    /// <summary>Size of a synthesised small capital: about the x-height of the bundled faces over their cap height.</summary>
    internal const float SmallCapsScale = 0.78f;
    internal const float SuperscriptRise = 0.35f;
}

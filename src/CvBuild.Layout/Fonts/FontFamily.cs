namespace CvBuild.Layout;

/// <summary>The four real cuts of a family; no cut is ever synthesised.</summary>
internal sealed record FontFamily(string Name, FontFace Regular, FontFace Bold, FontFace Italic, FontFace BoldItalic)
{
    public FontFace Select(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };
}

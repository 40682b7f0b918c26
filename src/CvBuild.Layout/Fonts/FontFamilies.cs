namespace CvBuild.Layout;

/// <summary>Names of the families that <see cref="FontLibrary.Load(string)"/> registers from the bundled fonts.</summary>
public static class FontFamilies
{
    public const string Serif = "Noto Serif";
    public const string Sans = "Noto Sans";
}

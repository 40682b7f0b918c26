namespace CvBuild.Layout.Tests.Support;

/// <summary>One shared font library for all tests (loading fonts is the slow part), from the bundled fonts next to the tests.</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontLibrary> Shared = new(() => FontLibrary.Load(FontLibrary.DefaultDirectory));

    public static FontLibrary Library => Shared.Value;

    public static TextStyle Serif { get; } = new() { FontFamily = FontFamilies.Serif, Size = 10 };

    public static TextStyle Sans { get; } = new() { FontFamily = FontFamilies.Sans, Size = 10 };
}

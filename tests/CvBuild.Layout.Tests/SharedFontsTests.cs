using CvBuild.Layout.Tests.Support;

namespace CvBuild.Layout.Tests;

/// <summary>A long-running process (cvbuild watch) renders again and again with the one bundled font library.</summary>
public sealed class SharedFontsTests
{
    private static Document Rebuild() => new()
    {
        Fonts = FontLibrary.Bundled,
        Content = new Column(4) { new RichText("Rebuilt on every save", TestFonts.Serif), new RichText("with the same fonts", TestFonts.Sans) },
        Footer = (page, total) => new RichText($"page {page} of {total}", TestFonts.Sans),
    };

    [Fact]
    public void The_bundled_library_is_loaded_once_per_process()
    {
        Assert.Same(FontLibrary.Bundled, FontLibrary.Bundled);
    }

    [Fact]
    public void A_second_render_with_the_bundled_library_reuses_its_shaping_cache_and_gives_the_same_bytes()
    {
        var first = Rebuild().Render();
        var shaped = FontLibrary.Bundled.Shaper.CachedCount;
        var second = Rebuild().Render();

        Assert.True(shaped > 0);
        Assert.Equal(shaped, FontLibrary.Bundled.Shaper.CachedCount);
        Assert.Equal(first, second);
    }
}

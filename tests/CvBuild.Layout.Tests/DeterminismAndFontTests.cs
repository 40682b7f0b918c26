using System.Diagnostics;
using CvBuild.Layout.Tests.Support;

namespace CvBuild.Layout.Tests;

public sealed class DeterminismAndFontTests
{
    private static Document Sample(FontLibrary fonts) => new()
    {
        Fonts = fonts,
        Metadata = new DocumentMetadata
        {
            Title = "Déterminisme",
            Author = "Ada",
            Subject = "Tests",
            Keywords = "a, b",
            Creator = "cvbuild",
            Producer = "cvbuild",
            Created = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)),
            Modified = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)),
        },
        Footer = (p, n) => new RichText($"{p}/{n}", TestFonts.Sans),
        Content = new Column(6)
        {
            new Bookmark("One", new RichText("Finetuning Müller 你好 " + SampleText.Lorem(30), TestFonts.Serif) { Alignment = TextAlignment.Justify }),
            new HorizontalRule(),
            new RichText { new TextSpan("link", TestFonts.Sans, "https://example.org") },
        },
    };

    [Fact]
    public void Two_renders_are_byte_identical()
    {
        var first = Sample(TestFonts.Library).Render();
        var second = Sample(TestFonts.Library).Render();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Renders_with_separately_loaded_fonts_are_byte_identical()
    {
        using var other = FontLibrary.Load(FontLibrary.DefaultDirectory);
        Assert.Equal(Sample(TestFonts.Library).Render(), Sample(other).Render());
    }

    [Fact]
    public void Parallel_renders_sharing_one_font_library_match_a_sequential_render()
    {
        var expected = Sample(TestFonts.Library).Render();
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = Sample(TestFonts.Library).Render());
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Metadata_is_written()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Sample(TestFonts.Library).Render());
        Assert.Equal("Déterminisme", document.Information.Title);
        Assert.Equal("Ada", document.Information.Author);
        Assert.Equal("cvbuild", document.Information.Creator);
    }

    [Fact]
    public void Bundled_fonts_are_copied_next_to_the_binary()
    {
        Assert.True(File.Exists(Path.Combine(FontLibrary.DefaultDirectory, "NotoSerif-Regular.ttf")));
        Assert.Contains(FontFamilies.Serif, TestFonts.Library.Families);
        Assert.Contains(FontFamilies.Sans, TestFonts.Library.Families);
    }

    [Fact]
    public void A_missing_fonts_directory_fails_clearly()
    {
        var e = Assert.Throws<FontLoadException>(() => FontLibrary.Load("/nonexistent/fonts"));
        Assert.Contains("/nonexistent/fonts", e.Message);
    }

    [Fact]
    public void A_missing_font_file_fails_clearly()
    {
        var dir = Directory.CreateTempSubdirectory("fonts");
        try
        {
            File.Copy(Path.Combine(FontLibrary.DefaultDirectory, "NotoSerif-Regular.ttf"), Path.Combine(dir.FullName, "NotoSerif-Regular.ttf"));
            var e = Assert.Throws<FontLoadException>(() => FontLibrary.Load(dir.FullName));
            Assert.Contains("NotoSerif-Bold.ttf", e.Message);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_font_fails_clearly()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a font at all");
            using var library = new FontLibrary();
            var e = Assert.Throws<FontLoadException>(() => library.AddFallback(path));
            Assert.Contains(Path.GetFileName(path), e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_family_fails_clearly()
    {
        var document = Pdfs.Doc(new RichText("x", TestFonts.Serif.WithFamily("Comic Sans")));
        var e = Assert.Throws<FontLoadException>(() => document.Render());
        Assert.Contains("Comic Sans", e.Message);
    }
}

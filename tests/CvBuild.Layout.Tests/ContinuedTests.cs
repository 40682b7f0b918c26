using CvBuild.Layout.Tests.Support;
using UglyToad.PdfPig;

namespace CvBuild.Layout.Tests;

/// <summary>A list going on over a page break shows its continuation mark at the top of each later page, and only there.</summary>
public sealed class ContinuedTests
{
    private static RichText Para(string text) => new(text, TestFonts.Serif);

    private static Element Items(int count, string prefix)
    {
        var column = new Column(6);
        // Indented, as a list beside an empty dates column, where the mark is drawn.
        for (var i = 0; i < count; i++) column.Add(new Padding(Para($"{prefix}{i:000} item")) { Left = 80 });
        return column;
    }

    [Fact]
    public void The_mark_opens_every_continuation_page_and_never_the_first()
    {
        var result = Pdfs.Doc(new Continued(Items(130, "A"), Para("MARK (cont.)"))).RenderDetailed();
        Assert.True(result.PageCount >= 3);
        var pages = Pdfs.PageTexts(result.Pdf);
        Assert.DoesNotContain("MARK", pages[0]);
        foreach (var page in pages.Skip(1))
        {
            Assert.StartsWith("MARK (cont.)", page);
            Assert.Equal(1, page.Split("MARK").Length - 1);
        }
    }

    [Fact]
    public void The_mark_takes_no_room_and_sits_level_with_the_first_item_of_the_page()
    {
        var result = Pdfs.Doc(new Continued(Items(80, "B"), Para("MARK"))).RenderDetailed();
        using var document = PdfDocument.Open(result.Pdf);
        var words = document.GetPage(2).GetWords().ToList();
        var mark = words.Single(w => w.Text == "MARK");
        var first = words.Where(w => w.Text.StartsWith('B')).OrderByDescending(w => w.BoundingBox.Top).First();
        Assert.Equal(first.BoundingBox.Bottom, mark.BoundingBox.Bottom, 1);
    }

    [Fact]
    public void Content_that_fits_on_one_page_shows_no_mark()
    {
        var pages = Pdfs.PageTexts(Pdfs.Doc(new Continued(Items(10, "C"), Para("MARK"))).Render());
        Assert.Single(pages);
        Assert.DoesNotContain("MARK", pages[0]);
    }
}

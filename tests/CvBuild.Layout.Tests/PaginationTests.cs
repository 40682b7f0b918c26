using CvBuild.Layout.Tests.Support;

namespace CvBuild.Layout.Tests;

public sealed class PaginationTests
{
    // A4 with 20 mm margins leaves 728.5 pt of content height.
    private const float ContentHeight = 841.8898f - 2 * 56.6929f;

    private static RichText Para(string text, float size = 10) => new(text, TestFonts.Serif.WithSize(size));

    [Fact]
    public void A_long_column_spans_several_pages_in_order()
    {
        var column = new Column(4);
        for (var i = 0; i < 150; i++)
        {
            column.Add(Para($"Paragraph P{i:000} " + SampleText.Lorem(2, i)));
        }
        var result = Pdfs.Doc(column).RenderDetailed();
        Assert.Equal(6, result.PageCount);
        var all = Pdfs.AllText(result.Pdf);
        var last = -1;
        for (var i = 0; i < 150; i++)
        {
            var at = all.IndexOf($"P{i:000}", StringComparison.Ordinal);
            Assert.True(at > last, $"P{i:000} missing or out of order");
            Assert.Equal(at, all.LastIndexOf($"P{i:000}", StringComparison.Ordinal));
            last = at;
        }
    }

    [Fact]
    public void A_long_paragraph_splits_between_lines_across_pages()
    {
        var text = string.Join(" ", Enumerable.Range(0, 1500).Select(i => $"w{i}"));
        var result = Pdfs.Doc(Para(text)).RenderDetailed();
        Assert.Equal(2, result.PageCount);
        var words = Pdfs.AllText(result.Pdf).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 1500).Select(i => $"w{i}"), words);
    }

    [Fact]
    public void A_keep_with_next_heading_moves_to_the_next_page_with_its_first_entry()
    {
        var pages = Pdfs.PageTexts(Pdfs.Doc(HeadingNearPageFoot(keepWithNext: true)).Render());
        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("Education", pages[0]);
        Assert.StartsWith("Education", pages[1]);
    }

    [Fact]
    public void Without_keep_with_next_the_heading_stays_at_the_page_foot()
    {
        var pages = Pdfs.PageTexts(Pdfs.Doc(HeadingNearPageFoot(keepWithNext: false)).Render());
        Assert.Contains("Education", pages[0]);
        Assert.StartsWith("Entry", pages[1]);
    }

    private static Column HeadingNearPageFoot(bool keepWithNext)
    {
        var heading = Para("Education", 14);
        var entry = new KeepTogether(Para("Entry one. " + SampleText.Lorem(3)));
        // Leave room for the heading (about 17 pt) but not for the heading plus the entry.
        return new Column(new Spacer(ContentHeight - 30), keepWithNext ? new KeepWithNext(heading) : heading, entry);
    }

    [Fact]
    public void A_keep_with_next_heading_at_the_top_of_a_page_does_not_loop_forever()
    {
        var huge = new KeepTogether(new Column(Enumerable.Range(0, 60).Select(i => (Element)Para($"Line {i}"))));
        var result = Pdfs.Doc(new Column(new KeepWithNext(Para("Heading", 14)), huge)).RenderDetailed();
        Assert.Equal(2, result.PageCount);
        Assert.Contains("Heading", Pdfs.PageTexts(result.Pdf)[0]);
    }

    [Fact]
    public void A_paragraph_never_leaves_its_first_line_alone_at_the_page_foot()
    {
        // Room for one 12 pt line only.
        var pages = Pdfs.PageTexts(Pdfs.Doc(new Column(new Spacer(ContentHeight - 20), Para("L1\nL2\nL3"))).Render());
        Assert.Equal(["", "L1 L2 L3"], pages);
    }

    [Fact]
    public void A_paragraph_never_leaves_its_last_line_alone_at_the_next_page_top()
    {
        // Room for four 12 pt lines out of five: three stay, two move.
        var pages = Pdfs.PageTexts(Pdfs.Doc(new Column(new Spacer(ContentHeight - 49), Para("L1\nL2\nL3\nL4\nL5"))).Render());
        Assert.Equal(["L1 L2 L3", "L4 L5"], pages);
    }

    [Fact]
    public void Keep_together_moves_a_block_that_does_not_fit_to_the_next_page()
    {
        var block = new KeepTogether(new Column(Para("Block start"), Para(SampleText.Lorem(4)), Para("Block end")));
        var pages = Pdfs.PageTexts(Pdfs.Doc(new Column(new Spacer(ContentHeight - 40), Para("Before"), block)).Render());
        Assert.Equal(2, pages.Count);
        Assert.Contains("Before", pages[0]);
        Assert.StartsWith("Block start", pages[1]);
        Assert.Contains("Block end", pages[1]);
    }

    [Fact]
    public void Keep_together_taller_than_a_page_splits_instead_of_failing()
    {
        var block = new KeepTogether(new Column(Enumerable.Range(0, 120).Select(i => (Element)Para($"Row R{i:000}"))));
        var result = Pdfs.Doc(block).RenderDetailed();
        Assert.Equal(2, result.PageCount);
        Assert.Contains("R119", Pdfs.AllText(result.Pdf));
    }

    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var pages = Pdfs.PageTexts(Pdfs.Doc(new Column(Para("First"), new PageBreak(), Para("Second"))).Render());
        Assert.Equal(["First", "Second"], pages);
    }

    [Fact]
    public void Footer_numbers_pages_as_x_of_y()
    {
        var column = new Column(new PageBreak(), new PageBreak(), Para("end"));
        var pdf = Pdfs.Doc(column, (p, n) => Para($"Page {p} of {n}", 8)).Render();
        var pages = Pdfs.PageTexts(pdf);
        Assert.Equal(3, pages.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains($"Page {i + 1} of 3", pages[i]);
        }
    }

    [Fact]
    public void Header_is_drawn_above_the_content_on_every_page()
    {
        var document = new Document
        {
            Fonts = TestFonts.Library,
            Header = (p, _) => Para($"Header{p}"),
            Content = new Column(Para("Body1"), new PageBreak(), Para("Body2")),
        };
        var pages = Pdfs.PageTexts(document.Render());
        Assert.Equal(["Header1 Body1", "Header2 Body2"], pages);
    }

    [Fact]
    public void Bookmarks_report_their_page_and_position()
    {
        var column = new Column(
            new Bookmark("Intro", 0, Para("Intro")),
            new PageBreak(),
            new Spacer(100),
            new Bookmark("Work", 1, Para("Work")));
        var result = Pdfs.Doc(column).RenderDetailed();
        Assert.Equal(2, result.Bookmarks.Count);
        Assert.Equal(new BookmarkPosition("Intro", 0, 56.6929f, 0), result.Bookmarks[0] with { Y = MathF.Round(result.Bookmarks[0].Y, 4) });
        var work = result.Bookmarks[1];
        Assert.Equal(("Work", 1, 1), (work.Title, work.PageIndex, work.Level));
        Assert.InRange(work.Y, 156, 157.5);
    }

    [Fact]
    public void Bookmarks_become_a_nested_pdf_outline()
    {
        var column = new Column(
            new Bookmark("Experience", 0, Para("Experience")),
            new Bookmark("Job one", 1, Para("Job one")),
            new PageBreak(),
            new Bookmark("Education", 0, Para("Education")));
        var pdf = Pdfs.Doc(column).Render();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Experience", "Education"], bookmarks.Roots.Select(r => r.Title));
        Assert.Equal("Job one", Assert.Single(bookmarks.Roots[0].Children).Title);
        var education = Assert.IsType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>(bookmarks.Roots[1]);
        Assert.Equal(2, education.PageNumber);
    }

    [Fact]
    public void Row_cells_split_together_across_pages()
    {
        var left = Para("Left");
        var right = Para(string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"r{i}")));
        var result = Pdfs.Doc(new Row(8).Fixed(60, left).Relative(1, right)).RenderDetailed();
        Assert.Equal(4, result.PageCount);
        var pages = Pdfs.PageTexts(result.Pdf);
        Assert.Contains("Left", pages[0]);
        Assert.DoesNotContain("Left", pages[1]);
        Assert.Contains("r2999", pages[^1]);
    }

    [Fact]
    public void A_rule_in_a_row_cell_is_drawn_once_even_when_the_row_spans_pages()
    {
        var right = Para(string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"r{i}")));
        var pdf = Pdfs.Doc(new Row(8).Fixed(60, new HorizontalRule { Thickness = 2 }).Relative(1, right)).Render();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(4, document.NumberOfPages);
        Assert.NotEmpty(document.GetPage(1).Paths);
        Assert.Empty(document.GetPage(2).Paths);
    }

    [Fact]
    public void An_auto_cell_is_as_wide_as_its_content()
    {
        var row = new Row(10).Auto(Para("2019–2024")).Relative(1, Para("Description " + SampleText.Lorem(6)));
        var pdf = Pdfs.Doc(row).Render();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var dateRight = letters.TakeWhile(l => l.Value != "D").Max(l => l.EndBaseLine.X);
        var descriptionLeft = letters.First(l => l.Value == "D").StartBaseLine.X;
        Assert.InRange(descriptionLeft - dateRight, 9.5, 10.5);
        // Wrapped description lines start at the same x as the first one.
        var lineStarts = letters.Where(l => l.StartBaseLine.X > dateRight).GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).Select(g => g.Min(l => l.StartBaseLine.X)).ToList();
        Assert.True(lineStarts.Count > 1);
        Assert.All(lineStarts, x => Assert.InRange(x, descriptionLeft - 0.5, descriptionLeft + 0.5));
    }

    [Fact]
    public void An_empty_document_is_one_blank_page()
    {
        var result = new Document { Fonts = TestFonts.Library }.RenderDetailed();
        Assert.Equal(1, result.PageCount);
        Assert.Equal([""], Pdfs.PageTexts(result.Pdf));
    }

    [Fact]
    public void Letter_pages_have_the_letter_size()
    {
        var document = new Document { Fonts = TestFonts.Library, PageSize = PageSizes.Letter, Content = Para("x") };
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(document.Render());
        var page = pdf.GetPage(1);
        Assert.Equal((612.0, 792.0), (page.Width, page.Height));
    }

    [Fact]
    public void Margins_wider_than_the_page_raise_a_layout_exception()
    {
        var document = new Document { Fonts = TestFonts.Library, Margins = new Margins(0, 400, 0, 400), Content = Para("x") };
        Assert.Throws<LayoutException>(() => document.Render());
    }

    [Fact]
    public void Content_that_can_never_fit_raises_a_layout_exception()
    {
        var document = new Document
        {
            Fonts = TestFonts.Library,
            Header = (_, _) => new Spacer(2000),
            Content = new HorizontalRule { Thickness = 900 },
        };
        Assert.Throws<LayoutException>(() => document.Render());
    }
}

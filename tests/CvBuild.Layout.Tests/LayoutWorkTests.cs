using CvBuild.Layout.Engine;
using CvBuild.Layout.Tests.Support;

namespace CvBuild.Layout.Tests;

/// <summary>
/// How much layout work a render does, counted rather than timed (timings belong to bench/, not to tests):
/// pagination stays linear in the document's length, and a "page X of Y" footer whose height does not depend
/// on the total does not cost a second dry pass.
/// </summary>
public sealed class LayoutWorkTests
{
    private sealed class Counter
    {
        public int Measures;
        public int Draws;
    }

    /// <summary>A fixed-height block that never splits and counts how often it is asked.</summary>
    private sealed class CountedBlock(float height, Counter counter) : Element
    {
        internal override LayoutNode CreateNode(LayoutContext context) => new Node(height, counter);

        private sealed class Node(float height, Counter counter) : LayoutNode
        {
            private bool _done;

            public override SpacePlan Measure(float width, float available)
            {
                counter.Measures++;
                if (_done)
                {
                    return SpacePlan.Empty;
                }
                return available + SpacePlan.Epsilon >= height ? SpacePlan.Full(width, height) : SpacePlan.Wrap;
            }

            public override void Draw(DrawContext context, LayoutBox rect)
            {
                counter.Draws++;
                _done = true;
            }
        }
    }

    private static Column Blocks(int count, Counter counter)
    {
        var column = new Column(2);
        for (var i = 0; i < count; i++)
        {
            column.Add(new CountedBlock(20, counter));
        }
        return column;
    }

    [Theory]
    [InlineData(500)]
    [InlineData(5000)]
    public void Each_block_is_measured_a_bounded_number_of_times_however_long_the_section(int count)
    {
        var counter = new Counter();
        // One long section nested in every kind of container that forwards to a child, as a CV's sections are.
        var section = new Bookmark("Section", new Padding(new Column(4) { new RichText("Heading", TestFonts.Sans), Blocks(count, counter) }) { Top = 3, Left = 10 });
        var result = Pdfs.Doc(new Column(8) { new RichText("Title", TestFonts.Serif), section }).RenderDetailed();

        Assert.True(result.PageCount >= count / 40, $"pages: {result.PageCount}");
        // One dry pass and the drawing pass; in each, every enclosing column measures a block when it plans the page
        // and again when it draws it. A "is the section done?" check that re-measured the rest of the section at
        // every page break made this grow with the page count (about 460 per block at 5,000 blocks).
        Assert.True(counter.Measures <= 10 * count, $"{counter.Measures} measures for {count} blocks on {result.PageCount} pages");
    }

    [Fact]
    public void A_page_x_of_y_footer_of_constant_height_lays_the_content_out_once()
    {
        var counter = new Counter();
        var document = Pdfs.Doc(Blocks(400, counter), (page, total) => new RichText($"page {page} of {total}", TestFonts.Sans));
        var result = document.RenderDetailed();

        Assert.True(result.PageCount > 1);
        // One pass draws the content (page total unknown, 1 assumed for the footers' heights); the footers are drawn
        // afterwards with the real total, which did not change their height, so the page breaks stand.
        Assert.Equal(400, counter.Draws);
        Assert.Equal($"page {result.PageCount} of {result.PageCount}", Pdfs.PageTexts(result.Pdf)[^1]);
    }

    [Fact]
    public void A_footer_that_grows_with_the_page_total_lays_the_content_out_again_and_counts_right()
    {
        var counter = new Counter();
        // A second footer line appears once there is more than one page, which takes room from every page's content.
        var document = Pdfs.Doc(Blocks(400, counter), (page, total) =>
            total == 1 ? new RichText($"{page}", TestFonts.Sans) : new Column { new RichText($"page {page}", TestFonts.Sans), new RichText($"of {total}", TestFonts.Sans) });
        var result = document.RenderDetailed();

        Assert.True(counter.Draws > 400, $"{counter.Draws} draws");
        Assert.Equal($"page {result.PageCount} of {result.PageCount}", Pdfs.PageTexts(result.Pdf)[^1]);
    }
}

using System.Text;
using CvBuild.Layout.Engine;
using CvBuild.Layout.Tests.Support;
using CvBuild.Layout.Text;

namespace CvBuild.Layout.Tests;

/// <summary>Paragraphs shaped ahead on the worker thread are the paragraphs the layout would shape itself.</summary>
public sealed class ShapingAheadTests
{
    private static readonly string[] Words =
    [
        "office", "ﬁnal", "Zürich", "naïve", "Ελληνικά", "Русский", "שָׁלוֹם", "עברית", "ليلى", "حداد", "عمّان", "北京大学",
        "東京", "한국어", "कुमार", "ปั่น", "©️", "♥", "https://example.org/a/b?c=d", "2019–2024", "(1)", "\u00AD",
    ];

    /// <summary>A random tree of columns, rows and wrappers over paragraphs of mixed scripts, some justified.</summary>
    private static Element Tree(Random random, int depth, List<RichText> texts)
    {
        switch (depth <= 0 ? 0 : random.Next(5))
        {
            case 1:
            case 2:
                var column = new Column(2);
                for (var i = random.Next(1, 6); i > 0; i--) column.Add(Tree(random, depth - 1, texts));
                return column;
            case 3:
                var row = new Row(4);
                row.Add(RowItem.Fixed(80, Tree(random, depth - 1, texts)));
                row.Add(RowItem.Relative(1, Tree(random, depth - 1, texts)));
                return row;
            case 4:
                return new Continued(new KeepTogether(Tree(random, depth - 1, texts)), Paragraph(random, texts));
            default:
                return Paragraph(random, texts);
        }
    }

    private static RichText Paragraph(Random random, List<RichText> texts)
    {
        var text = new RichText { Alignment = random.Next(3) == 0 ? TextAlignment.Justify : TextAlignment.Left };
        for (var s = random.Next(1, 4); s > 0; s--)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Words[random.Next(Words.Length)]);
            var style = (random.Next(2) == 0 ? TestFonts.Serif : TestFonts.Sans).WithSize(random.Next(7, 14));
            text.Add(string.Join(" ", words) + " ", random.Next(3) == 0 ? style with { Bold = true } : style);
        }
        texts.Add(text);
        return text;
    }

    /// <summary>Everything layout reads from a paragraph: its runs' fonts and glyphs, and its lines at two widths.</summary>
    private static string Fingerprint(ShapedParagraph paragraph)
    {
        var b = new StringBuilder(paragraph.Text).Append('|');
        foreach (var run in paragraph.Runs)
        {
            b.Append(run.Start).Append('-').Append(run.End).Append(' ').Append(run.Face.Name).Append(' ').Append(run.FontSize).Append(' ')
                .Append(run.Level).Append(':').AppendJoin(',', run.Shaped.Glyphs.ToArray()).Append('/').AppendJoin(',', run.Shaped.Advances.ToArray()).Append(';');
        }
        foreach (var width in new[] { 120f, 300f })
        {
            foreach (var line in paragraph.Lines(width)) b.Append(line).Append(';');
        }
        return b.ToString();
    }

    [Fact]
    public void Paragraphs_shaped_on_the_worker_equal_those_shaped_in_place()
    {
        for (var seed = 0; seed < 25; seed++)
        {
            var texts = new List<RichText>();
            var root = Tree(new Random(seed), 4, texts);
            // Separate libraries, so neither context is handed the other's cached shaping.
            using var alone = FontLibrary.Load(FontLibrary.DefaultDirectory);
            using var shared = FontLibrary.Load(FontLibrary.DefaultDirectory);
            var inPlace = new LayoutContext(alone, hyphenationLanguage: "en-us");
            var ahead = new LayoutContext(shared, hyphenationLanguage: "en-us");
            using var worker = new WorkerThread();
            ahead.ShapeAhead(root, worker);
            foreach (var text in texts)
            {
                Assert.Equal(Fingerprint(inPlace.Paragraph(text)), Fingerprint(ahead.Paragraph(text)));
            }
        }
    }

    [Fact]
    public void A_paragraph_outside_the_tree_is_shaped_in_place()
    {
        var texts = new List<RichText>();
        var root = Tree(new Random(7), 3, texts);
        var context = new LayoutContext(TestFonts.Library);
        using var worker = new WorkerThread();
        context.ShapeAhead(root, worker);
        var outside = new RichText("not in the tree", TestFonts.Serif);
        Assert.Equal("not in the tree", context.Paragraph(outside).Text);
        Assert.All(texts, t => Assert.NotNull(context.Paragraph(t)));
    }
}

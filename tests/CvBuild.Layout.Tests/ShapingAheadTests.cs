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

    /// <summary>Serif from the bundled fonts, in a library of its own (its own shaping cache), plus a family "Broken"
    /// whose file is damaged after registration, so a paragraph in it fails to shape.</summary>
    private static FontLibrary LibraryWithABrokenFamily(string folder)
    {
        var broken = Path.Combine(folder, "broken.ttf");
        File.Copy(Path.Combine(FontLibrary.DefaultDirectory, "NotoSans-Regular.ttf"), broken);
        var serif = Path.Combine(FontLibrary.DefaultDirectory, "NotoSerif-Regular.ttf");
        var library = new FontLibrary();
        library.AddFamily(FontFamilies.Serif, serif, serif, serif, serif);
        library.AddFamily("Broken", broken, broken, broken, broken);
        File.WriteAllText(broken, "damaged after registration");
        return library;
    }

    /// <summary>Waits until the shared worker has run everything queued before now.</summary>
    private static void WaitForTheWorker() => Assert.True(WorkerThread.Shared.Run(() => true).Wait(TimeSpan.FromSeconds(60)));

    [Fact]
    public void A_render_that_fails_early_leaves_nothing_shaping_on_the_worker_so_its_fonts_can_be_disposed()
    {
        var folder = Directory.CreateTempSubdirectory("fonts");
        try
        {
            var fonts = LibraryWithABrokenFamily(folder.FullName);
            // The first paragraph fails on the layout's thread at once; the worker has thousands to shape from the end.
            var column = new Column(2) { new RichText("First", TestFonts.Serif with { FontFamily = "Broken" }) };
            for (var i = 0; i < 2000; i++)
                column.Add(new RichText($"Paragraph {i}: " + string.Concat(Enumerable.Repeat($"word{i} ", 40)), TestFonts.Serif));
            Assert.Throws<FontLoadException>(() => new Document { Fonts = fonts, Content = column }.Render());
            var shapedWhenRenderThrew = fonts.Shaper.CachedCount;
            WaitForTheWorker();
            // Nothing was shaped after the render gave up: disposing the fonts now is safe (it used to crash the process).
            Assert.Equal(shapedWhenRenderThrew, fonts.Shaper.CachedCount);
            fonts.Dispose();
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void A_render_returns_only_once_the_worker_is_done_with_its_paragraphs()
    {
        using var fonts = FontLibrary.Load(FontLibrary.DefaultDirectory);
        for (var round = 0; round < 5; round++)
        {
            // The "continued" mark of a list that never breaks is never drawn: only the worker would shape it.
            var mark = new RichText(string.Concat(Enumerable.Range(0, 5000).Select(i => $"mark{round}-{i} ")), TestFonts.Serif);
            var content = new Column(2) { new RichText("Title", TestFonts.Serif), new Continued(new RichText("A short list", TestFonts.Serif), mark) };
            new Document { Fonts = fonts, Content = content }.Render();
            var shapedWhenRenderReturned = fonts.Shaper.CachedCount;
            WaitForTheWorker();
            Assert.Equal(shapedWhenRenderReturned, fonts.Shaper.CachedCount);
        }
    }
}

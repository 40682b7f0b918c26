using CvBuild.Layout.Tests.Support;

namespace CvBuild.Layout.Tests;

/// <summary>Random element trees: every word must come out exactly once, whatever splits across pages.</summary>
public sealed class RandomDocumentTests
{
    private sealed class Builder(int seed)
    {
        private readonly Random _random = new(seed);
        private int _token;

        public List<string> Tokens { get; } = [];

        // Width is tracked so no cell gets narrower than a word: the check below reads whole words back.
        public Element Build(int depth, float width = 480)
        {
            var pick = depth <= 0 ? 0 : _random.Next(9);
            return pick switch
            {
                1 or 2 => Column(depth, width),
                3 when width >= 200 => RowOf(depth, width),
                4 => new Padding(Build(depth - 1, width - 20)) { Top = _random.Next(0, 20), Left = 20, Bottom = _random.Next(0, 20) },
                5 => new KeepTogether(Build(depth - 1, width)),
                6 => new Bookmark($"b{_token}", _random.Next(0, 3), Build(depth - 1, width)),
                _ => Paragraph(),
            };
        }

        private Column Column(int depth, float width)
        {
            var column = new Column(_random.Next(0, 12));
            var n = _random.Next(1, 8);
            for (var i = 0; i < n; i++)
            {
                var child = Build(depth - 1, width);
                column.Add(_random.Next(6) == 0 ? new KeepWithNext(child) : child);
                switch (_random.Next(12))
                {
                    case 0:
                        column.Add(new PageBreak());
                        break;
                    case 1:
                        column.Add(new HorizontalRule { Thickness = _random.Next(1, 4) });
                        break;
                    case 2:
                        column.Add(new Spacer(_random.Next(10, 400)));
                        break;
                }
            }
            return column;
        }

        private Row RowOf(int depth, float width)
        {
            var row = new Row(_random.Next(4, 10));
            var fixedWidth = _random.Next(70, 100);
            row.Add(RowItem.Fixed(fixedWidth, Build(depth - 1, fixedWidth)));
            var rest = (width - fixedWidth - 20) / 2;
            row.Add(RowItem.Relative(1, Build(depth - 1, rest)));
            row.Add(RowItem.Relative(1, Build(depth - 1, rest)));
            return row;
        }

        private RichText Paragraph()
        {
            var words = _random.Next(1, _random.Next(2) == 0 ? 12 : 400);
            var text = string.Join(" ", Enumerable.Range(0, words).Select(_ => NextToken()));
            var style = TestFonts.Serif.WithSize(_random.Next(7, 16));
            return new RichText(text, style) { Alignment = _random.Next(2) == 0 ? TextAlignment.Left : TextAlignment.Justify };
        }

        private string NextToken()
        {
            var token = $"t{_token++}x";
            Tokens.Add(token);
            return token;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_word_is_printed_exactly_once(int seed)
    {
        var builder = new Builder(seed);
        var content = builder.Build(4);
        var result = Pdfs.Doc(content, (p, n) => new RichText($"{p}/{n}", TestFonts.Sans.WithSize(7))).RenderDetailed();
        // Words of neighbouring cells can touch; the token pattern separates them again.
        var words = System.Text.RegularExpressions.Regex.Matches(Pdfs.AllText(result.Pdf), @"t\d+x").Select(m => m.Value).ToList();
        Assert.Equal(builder.Tokens.Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
        Assert.Equal(result.PageCount, Pdfs.PageTexts(result.Pdf).Count);

        // Nothing is drawn outside the margins: content that does not fit must go to the next page, not overflow.
        const double margin = 56.6929;
        using var document = UglyToad.PdfPig.PdfDocument.Open(result.Pdf);
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.True(box.Bottom >= margin - 3 && box.Top <= page.Height - margin + 1, $"'{letter.Value}' at y {box.Bottom:0.#}..{box.Top:0.#} on page {page.Number}");
                Assert.True(box.Left >= margin - 1 && box.Right <= page.Width - margin + 1, $"'{letter.Value}' at x {box.Left:0.#}..{box.Right:0.#} on page {page.Number}");
            }
        }
    }

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }
        return data;
    }
}

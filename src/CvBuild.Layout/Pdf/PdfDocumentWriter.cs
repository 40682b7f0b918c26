using System.Runtime.ExceptionServices;
using System.Text;

namespace CvBuild.Layout.Pdf;

/// <summary>
/// Writes a whole PDF (ISO 32000-1): pages drawn through <see cref="PdfPageContent"/>, the fonts they use embedded as
/// subsets, link annotations, the outline (bookmarks), the document information dictionary and the catalog with its
/// language. A page's content streams are written as they end (compressed meanwhile on <see cref="WorkerThread.Shared"/>);
/// page objects, fonts, resources and the outline when the document is finished. The bytes depend only on what is drawn
/// and on <see cref="DocumentMetadata"/> (dates come from the caller, in UTC).
/// </summary>
internal sealed class PdfDocumentWriter
{
    private readonly PdfObjectWriter _writer = new();
    private readonly DocumentMetadata _metadata;
    private readonly int _catalog;
    private readonly int _pageTree;
    private readonly int _resources;
    private readonly List<PageRecord> _pages = [];
    private readonly Dictionary<FontFace, (PdfFontResource Font, int Number)> _fonts = [];
    private readonly SortedDictionary<byte, string> _alphaStates = [];
    private PdfPageContent? _page;
    private int _pageIndex;

    public PdfDocumentWriter(DocumentMetadata metadata)
    {
        _metadata = metadata;
        _catalog = _writer.Reserve();
        _pageTree = _writer.Reserve();
        _resources = _writer.Reserve();
    }

    /// <summary>Starts a page of <paramref name="width"/> x <paramref name="height"/> pt.</summary>
    /// <exception cref="InvalidOperationException">The previous page was not ended.</exception>
    public PdfPageContent BeginPage(float width, float height)
    {
        if (_page is not null)
        {
            throw new InvalidOperationException("The previous page was not ended.");
        }
        _pages.Add(new PageRecord(_writer.Reserve(), width, height));
        _pageIndex = _pages.Count - 1;
        // A page's own stream is some 5-20 KB; the headers and footers drawn over it later (ContinuePage) under 1 KB.
        _page = new PdfPageContent(this, width, height, 16 * 1024);
        return _page;
    }

    /// <summary>
    /// Draws more onto page <paramref name="index"/> (0-based), which was begun and ended before: what is drawn becomes
    /// a further content stream of the page (ISO 32000-1 §7.7.3.3, /Contents as an array). End it with <see cref="EndPage"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A page is open.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such page.</exception>
    public PdfPageContent ContinuePage(int index)
    {
        if (_page is not null)
        {
            throw new InvalidOperationException("The previous page was not ended.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _pages.Count);
        _pageIndex = index;
        _page = new PdfPageContent(this, _pages[index].Width, _pages[index].Height, 1024);
        return _page;
    }

    /// <summary>Writes the open page's content stream and link annotations; the page object is written by
    /// <see cref="Finish"/>, once every stream of the page is known.</summary>
    public void EndPage()
    {
        var page = _page ?? throw new InvalidOperationException("No page was begun.");
        page.Finish();
        var record = _pages[_pageIndex];
        var content = _writer.Reserve();
        record.Contents.Add(content);
        foreach (var (left, top, right, bottom, uri) in page.Links)
        {
            var annotation = _writer.Reserve();
            record.Annotations.Add(annotation);
            var a = _writer.BeginObject(annotation);
            a.Ascii("<</Type/Annot/Subtype/Link/Rect[").Real(left).Byte((byte)' ').Real(page.Height - bottom).Byte((byte)' ')
                .Real(right).Byte((byte)' ').Real(page.Height - top)
                .Ascii("]/Border[0 0 0]/F 4/A<</Type/Action/S/URI/URI ").AsciiString(UriBytes(uri)).Ascii(">>>>");
            _writer.EndObject();
        }
        // Last, so its compression overlaps the layout of the next page: the next object written waits for it.
        _writer.WriteStreamLater(content, page.FinishedContent, null);
        _page = null;
    }

    private void WritePage(PageRecord page)
    {
        var b = _writer.BeginObject(page.Number);
        b.Ascii("<</Type/Page/Parent ").Int(_pageTree).Ascii(" 0 R/MediaBox[0 0 ").Real(page.Width).Byte((byte)' ').Real(page.Height)
            .Ascii("]/Resources ").Int(_resources).Ascii(" 0 R/Contents");
        if (page.Contents.Count == 1)
        {
            b.Byte((byte)' ').Int(page.Contents[0]).Ascii(" 0 R");
        }
        else
        {
            b.Byte((byte)'[');
            foreach (var content in page.Contents)
            {
                b.Int(content).Ascii(" 0 R ");
            }
            b.Byte((byte)']');
        }
        if (page.Annotations.Count > 0)
        {
            b.Ascii("/Annots[");
            foreach (var annotation in page.Annotations)
            {
                b.Int(annotation).Ascii(" 0 R ");
            }
            b.Ascii("]");
        }
        b.Ascii(">>");
        _writer.EndObject();
    }

    /// <summary>The font resource for <paramref name="face"/>, named in the order fonts are first used.</summary>
    internal PdfFontResource Font(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var entry))
        {
            entry = (new PdfFontResource(face, "F" + (_fonts.Count + 1)), _writer.Reserve());
            _fonts[face] = entry;
        }
        return entry.Font;
    }

    /// <summary>The name of a graphics state whose fill opacity (/ca, §11.6.4.4) is <paramref name="alpha"/>/255.</summary>
    internal string AlphaState(byte alpha)
    {
        if (!_alphaStates.TryGetValue(alpha, out var name))
        {
            name = "A" + alpha;
            _alphaStates[alpha] = name;
        }
        return name;
    }

    /// <summary>Writes fonts, resources, outline, information and catalog, and returns the file.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bookmark points at a page that does not exist.</exception>
    public byte[] Finish(IReadOnlyList<BookmarkPosition> bookmarks)
    {
        if (_page is not null)
        {
            throw new InvalidOperationException("The last page was not ended.");
        }
        // Fonts in the order of first use, so the file does not depend on hash ordering. Subsetting and compressing
        // them is most of the work left, and each font's is independent: it runs on every core.
        var fonts = _fonts.Values.OrderBy(f => f.Number).ToArray();
        var prepared = new PreparedFont[fonts.Length];
        // Every other font on the worker thread, the rest here; results are used in order.
        var aside = new Task<PreparedFont>?[fonts.Length];
        for (var i = 1; i < fonts.Length; i += 2)
        {
            var font = fonts[i].Font;
            aside[i] = WorkerThread.Shared.Run(font.Prepare);
        }
        // Every font the worker has is waited for, failed or not, so none is still using its face when this returns;
        // the first failure in font order is thrown, as preparing them one by one would.
        var failures = new ExceptionDispatchInfo?[fonts.Length];
        for (var i = 0; i < fonts.Length; i += 2)
        {
            try
            {
                prepared[i] = fonts[i].Font.Prepare();
            }
            catch (Exception ex)
            {
                failures[i] = ExceptionDispatchInfo.Capture(ex);
                break;
            }
        }
        for (var i = 1; i < fonts.Length; i += 2)
        {
            try
            {
                prepared[i] = aside[i]!.GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                failures[i] = ExceptionDispatchInfo.Capture(ex);
            }
        }
        Array.Find(failures, f => f is not null)?.Throw();
        for (var i = 0; i < fonts.Length; i++)
        {
            fonts[i].Font.Write(_writer, fonts[i].Number, prepared[i]);
        }

        var r = _writer.BeginObject(_resources);
        r.Ascii("<</Font<<");
        foreach (var (font, number) in _fonts.Values.OrderBy(f => f.Number))
        {
            r.Byte((byte)'/').Ascii(font.ResourceName).Byte((byte)' ').Int(number).Ascii(" 0 R");
        }
        r.Ascii(">>");
        if (_alphaStates.Count > 0)
        {
            r.Ascii("/ExtGState<<");
            foreach (var (alpha, name) in _alphaStates)
            {
                r.Byte((byte)'/').Ascii(name).Ascii("<</ca ").Real(alpha / 255.0, 4).Ascii("/CA ").Real(alpha / 255.0, 4).Ascii(">>");
            }
            r.Ascii(">>");
        }
        r.Ascii("/ProcSet[/PDF/Text]>>");
        _writer.EndObject();

        foreach (var page in _pages)
        {
            WritePage(page);
        }
        var t = _writer.BeginObject(_pageTree);
        t.Ascii("<</Type/Pages/Count ").Int(_pages.Count).Ascii("/Kids[");
        foreach (var page in _pages)
        {
            t.Int(page.Number).Ascii(" 0 R ");
        }
        t.Ascii("]>>");
        _writer.EndObject();

        var outline = bookmarks.Count > 0 ? WriteOutline(bookmarks) : (int?)null;
        var info = WriteInfo();

        var c = _writer.BeginObject(_catalog);
        c.Ascii("<</Type/Catalog/Pages ").Int(_pageTree).Ascii(" 0 R");
        if (_metadata.Title is not null)
        {
            c.Ascii("/ViewerPreferences<</DisplayDocTitle true>>");
        }
        if (_metadata.Language is { Length: > 0 } language)
        {
            c.Ascii("/Lang").TextString(language);
        }
        if (outline is { } o)
        {
            c.Ascii("/Outlines ").Int(o).Ascii(" 0 R/PageMode/UseOutlines");
        }
        c.Ascii(">>");
        _writer.EndObject();
        return _writer.Finish(_catalog, info);
    }

    private int? WriteInfo()
    {
        var m = _metadata;
        var entries = new List<(string Key, string Value)>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                entries.Add((key, value));
            }
        }
        Add("Title", m.Title);
        Add("Author", m.Author);
        Add("Subject", m.Subject);
        Add("Keywords", m.Keywords);
        Add("Creator", m.Creator);
        Add("Producer", m.Producer);
        if (m.Created is { } created)
        {
            Add("CreationDate", Date(created));
        }
        if (m.Modified is { } modified)
        {
            Add("ModDate", Date(modified));
        }
        if (entries.Count == 0)
        {
            return null;
        }
        var number = _writer.Reserve();
        var b = _writer.BeginObject(number);
        b.Ascii("<<");
        foreach (var (key, value) in entries)
        {
            b.Name(key).TextString(value);
        }
        b.Ascii(">>");
        _writer.EndObject();
        return number;
    }

    /// <summary>A PDF date (§7.9.4) in UTC, so the machine's time zone never reaches the bytes.</summary>
    private static string Date(DateTimeOffset time) =>
        "D:" + time.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "+00'00'";

    /// <summary>
    /// The outline (§12.3.3): level 0 entries at the top, each deeper entry under the nearest shallower one before it
    /// (a skipped level nests directly under the previous entry); every item open. Destinations are
    /// [page /XYZ 0 y null] with y measured up from the page's bottom.
    /// </summary>
    private int WriteOutline(IReadOnlyList<BookmarkPosition> bookmarks)
    {
        var root = _writer.Reserve();
        var nodes = new List<OutlineNode>(bookmarks.Count);
        OutlineNode? previous = null;
        foreach (var bookmark in bookmarks)
        {
            if (bookmark.PageIndex < 0 || bookmark.PageIndex >= _pages.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(bookmarks),
                    $"Bookmark '{bookmark.Title}' targets page {bookmark.PageIndex + 1}, but the document has {_pages.Count} pages.");
            }
            var parent = previous;
            while (parent is not null && parent.Depth >= bookmark.Level)
            {
                parent = parent.Parent;
            }
            var node = new OutlineNode(bookmark, parent, _writer.Reserve());
            parent?.Children.Add(node);
            nodes.Add(node);
            previous = node;
        }
        var top = nodes.Where(n => n.Parent is null).ToList();
        var b = _writer.BeginObject(root);
        b.Ascii("<</Type/Outlines/First ").Int(top[0].Number).Ascii(" 0 R/Last ").Int(top[^1].Number).Ascii(" 0 R/Count ")
            .Int(nodes.Count).Ascii(">>");
        _writer.EndObject();
        foreach (var node in nodes)
        {
            var siblings = node.Parent?.Children ?? top;
            var index = siblings.IndexOf(node);
            var page = _pages[node.Bookmark.PageIndex].Number;
            var height = _pages[node.Bookmark.PageIndex].Height;
            b = _writer.BeginObject(node.Number);
            b.Ascii("<</Title").TextString(node.Bookmark.Title).Ascii("/Parent ").Int(node.Parent?.Number ?? root).Ascii(" 0 R");
            if (index > 0)
            {
                b.Ascii("/Prev ").Int(siblings[index - 1].Number).Ascii(" 0 R");
            }
            if (index < siblings.Count - 1)
            {
                b.Ascii("/Next ").Int(siblings[index + 1].Number).Ascii(" 0 R");
            }
            if (node.Children.Count > 0)
            {
                b.Ascii("/First ").Int(node.Children[0].Number).Ascii(" 0 R/Last ").Int(node.Children[^1].Number)
                    .Ascii(" 0 R/Count ").Int(node.Descendants);
            }
            b.Ascii("/Dest[").Int(page).Ascii(" 0 R/XYZ 0 ").Real(height - node.Bookmark.Y).Ascii(" null]>>");
            _writer.EndObject();
        }
        return root;
    }

    /// <summary>A URI as the 7-bit ASCII a PDF URI action holds (§12.6.4.7): other characters percent-encoded as UTF-8
    /// (RFC 3986 §2.1), as a browser would send them.</summary>
    private static string UriBytes(string uri)
    {
        var sb = new StringBuilder(uri.Length);
        foreach (var b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is > 0x20 and < 0x7F)
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    private sealed record PageRecord(int Number, float Width, float Height)
    {
        public List<int> Contents { get; } = [];
        public List<int> Annotations { get; } = [];
    }

    private sealed class OutlineNode(BookmarkPosition bookmark, OutlineNode? parent, int number)
    {
        public BookmarkPosition Bookmark { get; } = bookmark;
        public OutlineNode? Parent { get; } = parent;
        public int Number { get; } = number;
        public List<OutlineNode> Children { get; } = [];
        public int Depth => Parent is null ? 0 : Parent.Depth + 1;
        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }
}

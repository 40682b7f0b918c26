using System.Globalization;
using System.Text;

namespace CvBuild.Layout.Pdf;

/// <summary>One bookmark. <paramref name="Y"/> is in points from the top of the page (Skia's
/// coordinate system); <paramref name="Level"/> 0 is top level, 1 a child of the previous
/// shallower entry, and so on.</summary>
public sealed record OutlineEntry(string Title, int PageIndex, float Y, int Level);

/// <summary>
/// Adds a document outline (bookmarks panel) to a PDF written by Skia, which has no outline API.
/// The original bytes are kept untouched and an incremental update (ISO 32000-1 §7.5.6) is
/// appended: new outline objects, a new version of the catalog with /Outlines and
/// /PageMode /UseOutlines, and an xref section whose trailer points back with /Prev.
/// Output is a pure function of the input (no clocks, no random ids).
/// </summary>
public static class PdfOutline
{
    public static byte[] Append(byte[] pdf, IReadOnlyList<OutlineEntry> entries, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0) return (byte[])pdf.Clone();

        var xref = PdfXref.Read(pdf);
        PdfRef rootRef = xref.RootRef;
        if (xref.GetObject(rootRef.Number) is not PdfDict catalog)
            throw new PdfFormatException("/Root is not a dictionary.");
        var pages = CollectPages(xref, catalog);

        foreach (var e in entries)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(entries));
            ArgumentNullException.ThrowIfNull(e.Title, nameof(entries));
            if (e.PageIndex < 0 || e.PageIndex >= pages.Count)
                throw new ArgumentOutOfRangeException(nameof(entries), $"Outline entry '{e.Title}' targets page {e.PageIndex}, but the document has {pages.Count} pages.");
            if (e.Level < 0)
                throw new ArgumentOutOfRangeException(nameof(entries), $"Outline entry '{e.Title}' has negative level {e.Level}.");
            if (!float.IsFinite(e.Y))
                throw new ArgumentOutOfRangeException(nameof(entries), $"Outline entry '{e.Title}' has a non-finite Y.");
        }

        var nodes = BuildTree(entries);
        int outlinesNumber = xref.Size;
        for (int i = 0; i < nodes.Count; i++) nodes[i].Number = outlinesNumber + 1 + i;
        int newSize = outlinesNumber + 1 + nodes.Count;

        // Everything we append is ASCII, so Latin1 byte counts are byte offsets.
        var update = new StringBuilder();
        long baseOffset = pdf.Length;
        string separator = pdf.Length > 0 && pdf[^1] is 10 or 13 ? "" : "\n";
        update.Append(separator);
        var offsets = new SortedDictionary<int, long>();

        void WriteObject(int number, int generation, string body)
        {
            offsets[number] = baseOffset + update.Length;
            update.Append(number).Append(' ').Append(generation).Append(" obj\n").Append(body).Append("\nendobj\n");
        }

        var roots = nodes.Where(n => n.Parent is null).ToList();
        WriteObject(outlinesNumber, 0,
            $"<</Type /Outlines\n/First {Ref(roots[0].Number)}\n/Last {Ref(roots[^1].Number)}\n/Count {nodes.Count}>>");

        foreach (var node in nodes)
        {
            var page = pages[node.Entry.PageIndex];
            // Skia measures from the top edge; PDF user space grows upwards from the MediaBox bottom.
            double y = page.Top - node.Entry.Y;
            var siblings = node.Parent?.Children ?? roots;
            int index = siblings.IndexOf(node);
            var body = new StringBuilder();
            body.Append("<</Title ").Append(Utf16HexString(node.Entry.Title));
            body.Append("\n/Parent ").Append(Ref(node.Parent?.Number ?? outlinesNumber));
            if (index > 0) body.Append("\n/Prev ").Append(Ref(siblings[index - 1].Number));
            if (index < siblings.Count - 1) body.Append("\n/Next ").Append(Ref(siblings[index + 1].Number));
            if (node.Children.Count > 0)
            {
                body.Append("\n/First ").Append(Ref(node.Children[0].Number));
                body.Append("\n/Last ").Append(Ref(node.Children[^1].Number));
                // Positive count = open: a CV outline is short, show it fully expanded.
                body.Append("\n/Count ").Append(node.DescendantCount);
            }
            body.Append("\n/Dest [").Append(page.Ref).Append(" /XYZ 0 ").Append(Number(y)).Append(" null]>>");
            WriteObject(node.Number, 0, body.ToString());
        }

        WriteObject(rootRef.Number, rootRef.Generation, RewriteCatalog(pdf, catalog, outlinesNumber, language));

        long xrefOffset = baseOffset + update.Length;
        update.Append("xref\n");
        var numbers = offsets.Keys.ToList();
        for (int i = 0; i < numbers.Count;)
        {
            int j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            update.Append(numbers[i]).Append(' ').Append(j - i + 1).Append('\n');
            for (int k = i; k <= j; k++)
            {
                int generation = numbers[k] == rootRef.Number ? rootRef.Generation : 0;
                update.Append(offsets[numbers[k]].ToString("D10", CultureInfo.InvariantCulture)).Append(' ')
                      .Append(generation.ToString("D5", CultureInfo.InvariantCulture)).Append(" n \n");
            }
            i = j + 1;
        }

        update.Append("trailer\n<</Size ").Append(newSize).Append("\n/Root ").Append(rootRef);
        // /Info and /ID carry over unchanged (the spec wants /ID repeated in update trailers).
        foreach (string key in new[] { "/Info", "/ID" })
            if (xref.Trailer[key] is { } value) update.Append('\n').Append(key).Append(' ').Append(Raw(pdf, value));
        update.Append("\n/Prev ").Append(xref.StartXref).Append(">>\nstartxref\n").Append(xrefOffset).Append("\n%%EOF\n");

        byte[] tail = Encoding.Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + tail.Length];
        pdf.CopyTo(result, 0);
        tail.CopyTo(result, pdf.Length);
        return result;
    }

    private sealed class Node(OutlineEntry entry, Node? parent)
    {
        public OutlineEntry Entry { get; } = entry;
        public Node? Parent { get; } = parent;
        public List<Node> Children { get; } = [];
        public int Number { get; set; }
        public int DescendantCount => Children.Count + Children.Sum(c => c.DescendantCount);
        public int Depth => Parent is null ? 0 : Parent.Depth + 1;
    }

    // Nodes in document order. A level deeper than "previous + 1" is attached one level below
    // the previous entry rather than rejected: a skipped heading level should not fail a build.
    private static List<Node> BuildTree(IReadOnlyList<OutlineEntry> entries)
    {
        var all = new List<Node>(entries.Count);
        Node? previous = null;
        foreach (var entry in entries)
        {
            Node? parent = previous;
            while (parent is not null && parent.Depth >= entry.Level) parent = parent.Parent;
            var node = new Node(entry, parent);
            parent?.Children.Add(node);
            all.Add(node);
            previous = node;
        }
        return all;
    }

    private sealed record PageInfo(PdfRef Ref, double Top);

    private static List<PageInfo> CollectPages(PdfXref xref, PdfDict catalog)
    {
        if (catalog["/Pages"] is not PdfRef pagesRef) throw new PdfFormatException("Catalog has no /Pages reference.");
        var pages = new List<PageInfo>();
        var visited = new HashSet<int>();

        void Walk(PdfRef nodeRef, PdfArray? inheritedMediaBox)
        {
            if (!visited.Add(nodeRef.Number)) throw new PdfFormatException("Cycle in the page tree.");
            if (xref.GetObject(nodeRef.Number) is not PdfDict node) throw new PdfFormatException($"Page tree node {nodeRef} is not a dictionary.");
            // MediaBox is inheritable (ISO 32000-1 §7.7.3.4).
            var mediaBox = (node["/MediaBox"] is { } own ? xref.Resolve(own) as PdfArray : null) ?? inheritedMediaBox;
            bool isPages = node["/Type"] is PdfName { Value: "/Pages" } || (node["/Type"] is null && node["/Kids"] is not null);
            if (isPages)
            {
                if (xref.Resolve(node["/Kids"] ?? throw new PdfFormatException($"Pages node {nodeRef} has no /Kids.")) is not PdfArray kids)
                    throw new PdfFormatException($"/Kids of {nodeRef} is not an array.");
                foreach (var kid in kids.Items)
                    Walk(kid as PdfRef ?? throw new PdfFormatException("/Kids entry is not a reference."), mediaBox);
                return;
            }
            if (mediaBox is not { Items.Count: 4 } || mediaBox.Items.Any(i => xref.Resolve(i) is not PdfNumber))
                throw new PdfFormatException($"Page {nodeRef} has no usable /MediaBox.");
            double y0 = ((PdfNumber)xref.Resolve(mediaBox.Items[1])).Value, y1 = ((PdfNumber)xref.Resolve(mediaBox.Items[3])).Value;
            pages.Add(new PageInfo(nodeRef, Math.Max(y0, y1)));
        }

        Walk(pagesRef, null);
        return pages;
    }

    // Copy the catalog's own text for every key we do not set, so whatever Skia (or a later
    // Skia version) put there (/Dests, /ViewerPreferences, /Metadata, /Lang...) survives verbatim.
    private static string RewriteCatalog(byte[] pdf, PdfDict catalog, int outlinesNumber, string? language)
    {
        var sb = new StringBuilder("<<");
        foreach (var entry in catalog.Entries)
        {
            if (entry.Key.Value is "/Outlines" or "/PageMode" || (language is not null && entry.Key.Value == "/Lang")) continue;
            if (sb.Length > 2) sb.Append('\n');
            sb.Append(Raw(pdf, entry.Key)).Append(' ').Append(Raw(pdf, entry.Value));
        }
        if (language is not null) sb.Append("\n/Lang ").Append(Utf16HexString(language));
        sb.Append("\n/Outlines ").Append(Ref(outlinesNumber)).Append("\n/PageMode /UseOutlines>>");
        return sb.ToString();
    }

    private static string Raw(byte[] pdf, PdfValue value) => Encoding.Latin1.GetString(pdf, value.Start, value.End - value.Start);

    private static string Ref(int number) => $"{number} 0 R";

    private static string Number(double value)
    {
        double rounded = Math.Round(value, 3);
        return (rounded == 0 ? 0 : rounded).ToString("0.###", CultureInfo.InvariantCulture);
    }

    // Text strings as UTF-16BE with BOM (ISO 32000-1 §7.9.2.2) in hex, which needs no escaping
    // and handles every script; ASCII-only titles use the same form to keep one code path.
    internal static string Utf16HexString(string text)
    {
        var sb = new StringBuilder("<FEFF", 6 + text.Length * 4);
        foreach (byte b in Encoding.BigEndianUnicode.GetBytes(text))
            sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        return sb.Append('>').ToString();
    }
}

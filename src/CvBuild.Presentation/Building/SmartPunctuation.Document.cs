using CvBuild.Presentation.Document;

namespace CvBuild.Presentation.Building;

public static partial class SmartPunctuation
{
    /// <summary>
    /// The document with every printed text made typographic once, for every output: each line as one run (so a
    /// quote may open in a title and close after it), headings, header, contacts, footer and metadata.
    /// Identifier spans ("doi:10.1145/3368089--x") and dates are kept as built.
    /// </summary>
    public static PresentationDocument Apply(PresentationDocument document, QuoteMarks marks)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(marks);
        string S(string text) => Apply(text, marks);
        string? N(string? text) => text is null ? null : Apply(text, marks);
        Line L(Line line)
        {
            if (!MayChange(line.Spans.Select(s => s.Text)))
                return line;
            var texts = Apply([.. line.Spans.Select(s => (s.Text, s.Kind is SpanKind.Identifier or SpanKind.Date))], marks);
            // Most lines have nothing to change: keep them as they are rather than copy every span.
            if (texts.Select((t, i) => ReferenceEquals(t, line.Spans[i].Text)).All(same => same)) return line;
            return line with { Spans = [.. line.Spans.Select((s, i) => s with { Text = texts[i] })] };
        }
        var header = document.Header;
        // Entries, numbered lists and text blocks line by line; then headings and subheadings.
        var lined = document.WithSectionLines(L);
        return lined with
        {
            Title = S(document.Title),
            Header = header with
            {
                Name = S(header.Name),
                Identity = [.. header.Identity.Select(L)],
                Contacts = [.. header.Contacts.Select(c => c with { Label = N(c.Label), Value = L(Line.Of(c.Value)).Spans[0] })],
            },
            Sections = [.. lined.Sections.Select(s => s with
            {
                Heading = S(s.Heading),
                Blocks = [.. s.Blocks.Select(b => b is Subheading h ? h with { Text = S(h.Text) } : b)],
            })],
            Footer = N(document.Footer),
            Info = document.Info with { Title = S(document.Info.Title), Author = S(document.Info.Author), Subject = S(document.Info.Subject), Keywords = N(document.Info.Keywords) },
        };
    }
}

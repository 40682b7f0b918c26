using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Document;

/// <summary>
/// A CV as every output prints it, with nothing left to decide but typography: which sections and entries,
/// in which order, grouped and numbered, every date and label worded, the owner and equal contributors marked,
/// web addresses encoded. Built once by <see cref="Building.DocumentBuilder"/>; the PDF themes, plain text and
/// Markdown lay it out and never read the CV model.
/// </summary>
/// <param name="Title">The document's title: the owner's name, or "Publications of …" for a listing.</param>
/// <param name="Footer">"Last updated November 2025", or null when no date is known.</param>
/// <param name="Strings">The table the words came from; renderers take their own few words ("page 1 of 3") from it.</param>
public sealed record PresentationDocument(
    string Title,
    DocumentHeader Header,
    IReadOnlyList<Section> Sections,
    string? Footer,
    DocumentInfo Info,
    PresentationStrings Strings)
{
    /// <summary>
    /// The direction of every paragraph, from the locale (<see cref="PresentationStrings.RightToLeft"/>), never from a
    /// line's first letter: an Arabic job title opening a line of an English CV must not turn the line around. Each
    /// field of a line (a span with a letter or digit) is a directional isolate inside it (UAX #9 X5c, as if between
    /// FSI and PDI), so the punctuation between fields follows this direction; see <see cref="Span.IsField"/>.
    /// </summary>
    public bool RightToLeft => Strings.RightToLeft;

    /// <summary>
    /// The document with every line of its sections (entries, numbered lists, text blocks) replaced by
    /// <paramref name="map"/>'s result; headings, header and footer kept. A line <paramref name="map"/> returns as is
    /// keeps its entry as is.
    /// </summary>
    public PresentationDocument WithSectionLines(Func<Line, Line> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        Entry E(Entry entry)
        {
            // A new list only from the first line that changes: most entries keep every line.
            List<Line>? lines = null;
            for (var i = 0; i < entry.Lines.Count; i++)
            {
                var line = map(entry.Lines[i]);
                if (lines is null && !ReferenceEquals(line, entry.Lines[i])) lines = [.. entry.Lines.Take(i)];
                lines?.Add(line);
            }
            return lines is null ? entry : entry with { Lines = lines };
        }
        Block B(Block block) => block switch
        {
            TextBlock t => t with { Line = map(t.Line) },
            Entry e => E(e),
            NumberedList n => n with { Entries = [.. n.Entries.Select(E)] },
            _ => block,
        };
        return this with { Sections = [.. Sections.Select(s => s with { Blocks = [.. s.Blocks.Select(B)] })] };
    }
}

/// <summary>A section: its id (for bookmarks and tests), its heading and its body.</summary>
public sealed record Section(string Id, string Heading, IReadOnlyList<Block> Blocks);

/// <summary>
/// The top of the CV: name, title and affiliation lines, then contact details. <see cref="Name"/> is the name as
/// printed, honorifics, native script and post-nominals included ("Prof. Dr. LI Ming (李明), FRS").
/// </summary>
public sealed record DocumentHeader(string Name, IReadOnlyList<Line> Identity, IReadOnlyList<Contact> Contacts)
{
    /// <summary>The parts of the printed name, for outputs that mark them up (HTML's schema.org Person); null in a header built by hand.</summary>
    public NameParts? Parts { get; init; }
    /// <summary>The owner's ORCID iD ("0000-0002-1825-0097"), for outputs that carry identifiers.</summary>
    public string? Orcid { get; init; }
}

/// <summary>The owner's name as the CV gives it, and the words printed around it.</summary>
public sealed record NameParts(string Name, string? NativeName, string? Honorifics, string? PostNominals);

/// <summary>What a contact detail is.</summary>
public enum ContactKind { Email, Homepage, Profile, Phone, Location }

/// <summary>
/// One contact detail: "Email" and the address, a profile's network and its label (which replaces the
/// address when the CV gives one). <see cref="Label"/> is null where the value speaks for itself (a place).
/// </summary>
public sealed record Contact(ContactKind Kind, string? Label, Span Value);

/// <summary>Document metadata (PDF info dictionary, HTML head): title, subject, keywords.</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, string? Keywords);

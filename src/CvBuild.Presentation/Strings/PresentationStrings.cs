using System.Globalization;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Reading;

namespace CvBuild.Presentation.Strings;

/// <summary>
/// Every word the outputs print that the CV itself does not give (headings, "present", "et al.", month names,
/// "Last updated"), keyed by id. The English table is the embedded <c>en.yaml</c>; another locale is another
/// file with the same keys, read with <see cref="Parse"/>.
/// </summary>
public sealed class PresentationStrings
{
    private readonly IReadOnlyDictionary<string, string> _table;

    private PresentationStrings(IReadOnlyDictionary<string, string> table) => _table = table;

    private static readonly Lazy<PresentationStrings> EnglishTable =
        new(() => new(Read(ReadEmbedded("CvBuild.Presentation.Strings.en.yaml"))), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in English table, read from the assembly on first use (not when the type is first touched:
    /// listing <see cref="BuiltInLocales"/> for a command's help needs no table).</summary>
    public static PresentationStrings English => EnglishTable.Value;

    /// <summary>The language tags of the tables shipped inside cvbuild (Strings/&lt;tag&gt;.yaml), sorted.</summary>
    public static IReadOnlyList<string> BuiltInLocales { get; } =
        [.. typeof(PresentationStrings).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)];

    private const string ResourcePrefix = "CvBuild.Presentation.Strings.";

    /// <summary>The built-in table of a language tag (<c>fr</c>), or null when cvbuild ships none.</summary>
    /// <exception cref="FormatException">The shipped table is broken: a bug, caught by the locale tests.</exception>
    public static PresentationStrings? BuiltIn(string tag) =>
        tag == "en" ? English
        : BuiltInLocales.Contains(tag, StringComparer.Ordinal) ? Parse(ReadEmbedded(ResourcePrefix + tag + ".yaml"))
        : null;

    /// <summary>The BCP 47 language tag of the table (its <c>language</c> id), written into outputs that carry one (PDF /Lang).</summary>
    public string Language => this["language"];

    /// <summary>
    /// The table's <c>direction</c> id is "rtl": the document's paragraphs run right to left (UAX #9 paragraph level 1,
    /// set by the higher-level protocol HL1 rather than guessed from each line's first strong letter, P2–P3).
    /// </summary>
    public bool RightToLeft => this["direction"] == "rtl";

    /// <summary>The ids of the English table; a locale must define each of them.</summary>
    public IEnumerable<string> Ids => _table.Keys;

    /// <summary>Reads a table: a flat YAML mapping of id to text.</summary>
    /// <exception cref="FormatException">The text is not a flat mapping of scalars, lacks an id the English table
    /// has, or has one it does not (most likely a misspelt id, which would otherwise be ignored in silence).</exception>
    public static PresentationStrings Parse(string yaml)
    {
        var table = Read(yaml);
        // English is the reference: a locale missing one of its ids would print the id.
        if (English._table.Keys.FirstOrDefault(k => !table.ContainsKey(k)) is { } missing)
            throw new FormatException($"'{missing}' is missing (every id of en.yaml must be given)");
        if (table.Keys.FirstOrDefault(k => !English._table.ContainsKey(k)) is { } extra)
            throw new FormatException($"'{extra}' is not an id of en.yaml");
        if (table["direction"] is not ("ltr" or "rtl"))
            throw new FormatException($"'direction' must be \"ltr\" or \"rtl\", not \"{table["direction"]}\"");
        return new PresentationStrings(table);
    }

    private static Dictionary<string, string> Read(string yaml)
    {
        // The CV reader's tree builder: the same YAML rules, duplicate keys and control characters as a CV file.
        var bag = new DiagnosticBag();
        var root = YamlTreeBuilder.Build(yaml, "", bag);
        if (bag.Items.Where(d => d.IsError).OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).FirstOrDefault() is { } error)
            throw new FormatException($"line {error.Span.Line}: {error.Message}");
        if (root is not YamlMapping mapping)
            throw new FormatException("expected one mapping of id to text");
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            if (value is not YamlScalar text)
                throw new FormatException($"line {key.Span.Line}: expected 'id: text'");
            table[key.Value] = text.Value;
        }
        return table;
    }

    /// <summary>The text of an id.</summary>
    /// <exception cref="KeyNotFoundException">No such id: a bug in the builder, since every table is checked when read.</exception>
    public string this[string id] =>
        _table.TryGetValue(id, out var text) ? text : throw new KeyNotFoundException($"no presentation string '{id}'");

    /// <summary>The text of an id with its {0}, {1}, ... filled in.</summary>
    public string Format(string id, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[id], args);

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(PresentationStrings).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

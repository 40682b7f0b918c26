using System.Globalization;
using System.Text;
using CvBuild.Core.Schema;

namespace CvBuild.Presentation.Tests;

/// <summary>One value the generated CV holds: where it is in the format, and whether the full CV must print it.</summary>
/// <param name="Path">"publication[journal].venue.name".</param>
/// <param name="Entry">The list item it belongs to ("publication[journal]"), or null for the person and the root.</param>
internal sealed record Token(string Path, string Value, FieldSpec Field, string? Entry)
{
    public bool MustPrint => Field.NotPrinted is null;
    public bool IsAddress => Field.Type is FieldType.Url;
}

/// <summary>A list item of the generated CV: its path, its years (the last one decides --since) and whether it is selected.</summary>
internal sealed record GeneratedEntry(string Path, IReadOnlyList<int> Years, bool? Selected);

/// <summary>
/// A CV generated from <see cref="FormatSpec"/>, not written by hand: every text field of every object holds a
/// distinct token (every third one with accents and LaTeX specials: é ü &amp; % _ #), every date a distinct year,
/// every list one item (lists of objects with a kind: one item per kind). A field added to the format is in
/// this CV the moment it is in the specification.
/// </summary>
internal sealed class SpecCv
{
    private const string Owner = "Qzowner Person";
    private readonly StringBuilder _yaml = new();
    private readonly List<Token> _tokens = [];
    private readonly List<GeneratedEntry> _entries = [];
    private readonly List<FieldSpec> _opaque = [];
    private int _next;
    private int _year = 1901;

    public string Yaml => _yaml.ToString();
    public IReadOnlyList<Token> Tokens => _tokens;
    public IReadOnlyList<GeneratedEntry> Entries => _entries;
    /// <summary>Fields whose values are not text (kinds, flags, months): each must say how it shows or why it does not.</summary>
    public IReadOnlyList<FieldSpec> Opaque => _opaque;

    public static SpecCv Generate()
    {
        var cv = new SpecCv();
        cv.Object(FormatSpec.Root, 0, "", null, null, isRoot: true);
        return cv;
    }

    private string NewToken(bool plain)
    {
        var n = _next++;
        var token = "Qz" + n.ToString("D3", CultureInfo.InvariantCulture);
        return plain || n % 3 != 0 ? token : token + "éü&%_#";
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private void Line(int indent, string text) => _yaml.Append(' ', indent * 2).Append(text).Append('\n');

    private void Object(ObjectSpec spec, int indent, string path, string? entry, List<int>? years, bool isRoot = false,
        string? kind = null, bool firstLineDash = false)
    {
        var first = true;
        foreach (var field in spec.Fields)
        {
            // Settings shape the outputs and print nothing of their own (the spec says so); the CV needs none.
            if (isRoot && field.Name == "settings") continue;
            // Included files and .bib files are other files; their content is tested where they are read.
            if (field.IsSourceDirective) continue;
            var prefix = firstLineDash && first ? "- " : firstLineDash ? "  " : "";
            first = false;
            var at = indent;
            var key = $"{prefix}{field.Name}:";
            var fieldPath = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            switch (field.Type)
            {
                case FieldType.Object:
                    Line(at, key);
                    Object(field.Object!, at + 1 + (firstLineDash ? 1 : 0), fieldPath, entry, years);
                    break;
                case FieldType.ObjectList:
                    Line(at, key);
                    Items(field, at + 1 + (firstLineDash ? 1 : 0), fieldPath, entry, years);
                    break;
                case FieldType.AuthorList:
                    {
                        var second = Add(fieldPath + "[1].name", NewToken(plain: false), FormatSpec.Author.Field("name")!, entry);
                        var third = Add(fieldPath + "[2]", NewToken(plain: false), FormatSpec.Author.Field("name")!, entry);
                        _opaque.Add(FormatSpec.Author.Field("equal")!);
                        Line(at, $"{key} [{{name: {Quote(Owner)}, equal: true}}, {{name: {Quote(second)}, equal: true}}, {Quote(third)}]");
                        break;
                    }
                case FieldType.Venue:
                    {
                        var shortName = Add(fieldPath + ".short", NewToken(plain: false), FormatSpec.Venue.Field("short")!, entry);
                        var name = Add(fieldPath + ".name", NewToken(plain: false), FormatSpec.Venue.Field("name")!, entry);
                        Line(at, $"{key} {{short: {Quote(shortName)}, name: {Quote(name)}}}");
                        break;
                    }
                case FieldType.String or FieldType.Text:
                    var value = field.Name == "name" && path == "person" ? Owner
                        : field.Name == "id" ? "qzsection" : NewToken(plain: false);
                    Line(at, $"{key} {Quote(Add(fieldPath, value, field, entry))}");
                    break;
                case FieldType.StringList:
                    Line(at, $"{key} [{Quote(Add(fieldPath + "[0]", NewToken(plain: false), field, entry))}, {Quote(Add(fieldPath + "[1]", NewToken(plain: false), field, entry))}]");
                    break;
                case FieldType.Url:
                    Line(at, $"{key} {Quote(Add(fieldPath, "https://example.org/" + NewToken(plain: true).ToLowerInvariant(), field, entry))}");
                    break;
                case FieldType.Orcid:
                    // ORCID's own example iD: a token must pass the check-character test like any real iD.
                    Line(at, $"{key} {Quote(Add(fieldPath, "0000-0002-1825-0097", field, entry))}");
                    break;
                case FieldType.Email:
                    Line(at, $"{key} {Quote(Add(fieldPath, NewToken(plain: true).ToLowerInvariant() + "@example.org", field, entry))}");
                    break;
                case FieldType.Date or FieldType.EndDate or FieldType.YearOrRange:
                    Line(at, $"{key} {Quote(Add(fieldPath, Year(years), field, entry))}");
                    break;
                case FieldType.Integer when field.Name == "year":
                    Line(at, $"{key} {Add(fieldPath, Year(years), field, entry)}");
                    break;
                case FieldType.Enum when field.Name == "kind" && kind is not null:
                    _opaque.Add(field);
                    Line(at, $"{key} {kind}");
                    break;
                case FieldType.Boolean when field.Name == "selected":
                    _opaque.Add(field);
                    // Every other publication is selected, for the --only-selected test.
                    var selected = _entries.Count % 2 == 0;
                    _pendingSelected = selected;
                    Line(at, $"{key} {(selected ? "true" : "false")}");
                    break;
                default:
                    // A kind, a flag, a month, a number: no token can stand for it.
                    _opaque.Add(field);
                    Line(at, $"{key} {OpaqueValue(field)}");
                    break;
            }
        }
    }

    private bool? _pendingSelected;

    private static string OpaqueValue(FieldSpec field) => field.Type switch
    {
        FieldType.Boolean => "true",
        FieldType.Enum => field.Values[0],
        _ => field.Example ?? throw new InvalidOperationException($"field '{field.Name}' has no example to generate from"),
    };

    private void Items(FieldSpec field, int indent, string path, string? outer, List<int>? outerYears)
    {
        var spec = field.Object!;
        // Objects with a kind get one item per kind, so every kind's fields are printed (or not) on their own.
        IReadOnlyList<string?> kinds = spec.Field("kind") is { Type: FieldType.Enum } k ? [.. k.Values] : new string?[] { null };
        foreach (var kind in kinds)
        {
            var itemPath = kind is null ? $"{path}[0]" : $"{path}[{kind}]";
            var years = new List<int>();
            _pendingSelected = null;
            var entry = outer ?? (path is "person.profiles" ? null : itemPath);
            Object(spec, indent, itemPath, entry, outer is null ? years : outerYears, kind: kind, firstLineDash: true);
            // Only dated items are entries that --since can leave out; a custom section is a container.
            if (outer is null && years.Count > 0) _entries.Add(new GeneratedEntry(itemPath, years, _pendingSelected));
        }
    }

    private string Year(List<int>? years)
    {
        var year = _year++;
        years?.Add(year);
        return year.ToString(CultureInfo.InvariantCulture);
    }

    private string Add(string path, string value, FieldSpec field, string? entry)
    {
        _tokens.Add(new Token(path, value, field, entry));
        return value;
    }
}

using System.Text;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Export;

/// <summary>
/// One entry being written: its type, key and fields with values already in BibTeX syntax. In a file for
/// 8-bit bibtex (<paramref name="macros"/>), a non-ASCII character the escaper could not spell as LaTeX is
/// listed in <see cref="Unspellable"/> to be reported: kept as UTF-8, which bibtex copies through unchanged,
/// or, where the file must be ASCII (<paramref name="asciiOnly"/>, --ascii), written as '?'. Each field may say
/// where in the CV its value came from (<see cref="FieldOrigin"/>), so each such character is reported there.
/// </summary>
internal sealed class BibEntry(string type, string key, bool macros, bool asciiOnly)
{
    private readonly List<(string Name, string Value)> _fields = [];
    private readonly List<UnspellableCharacters> _unspellable = [];

    public string Type { get; } = type;
    public string Key { get; } = key;

    /// <summary>Per field and per place in the CV the field's value came from, the distinct characters with no LaTeX spelling (in the order met).</summary>
    public IReadOnlyList<UnspellableCharacters> Unspellable => _unspellable;

    /// <summary>A braced field; empty values are left out, since an empty field makes styles warn.</summary>
    /// <param name="from">Where the value came from; several for a value joined from several CV fields.</param>
    public BibEntry Braced(string name, string? escapedValue, params IReadOnlyList<FieldOrigin> from)
    {
        if (!string.IsNullOrWhiteSpace(escapedValue)) _fields.Add((name, "{" + Checked(name, escapedValue, from) + "}"));
        return this;
    }

    /// <summary>A bare value: a number or a macro such as the month names jan..dec.</summary>
    public BibEntry Bare(string name, string value)
    {
        _fields.Add((name, Checked(name, value, [])));
        return this;
    }

    private string Checked(string field, string value, IReadOnlyList<FieldOrigin> from)
    {
        if (!macros || value.All(char.IsAscii)) return value;
        var sb = new StringBuilder(value.Length);
        var characters = new List<string>();
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii) { sb.Append((char)rune.Value); continue; }
            var character = rune.ToString();
            sb.Append(asciiOnly ? "?" : character);
            if (!characters.Contains(character)) characters.Add(character);
        }
        // Each part the value was joined from is reported with the characters it holds (a character two parts hold,
        // in both: each is a place to change); characters no part claims, at the entry.
        var unclaimed = characters.ToList();
        foreach (var origin in from)
        {
            var held = characters.Where(origin.Holds).ToList();
            if (held.Count == 0) continue;
            _unspellable.Add(new UnspellableCharacters(field, string.Concat(held), origin.At));
            unclaimed.RemoveAll(held.Contains);
        }
        if (unclaimed.Count > 0) _unspellable.Add(new UnspellableCharacters(field, string.Concat(unclaimed), null));
        return sb.ToString();
    }

    public void AppendTo(StringBuilder sb)
    {
        var width = _fields.Count == 0 ? 0 : _fields.Max(f => f.Name.Length);
        sb.Append('@').Append(Type).Append('{').Append(Key);
        foreach (var (name, value) in _fields)
            sb.Append(",\n  ").Append(name.PadRight(width)).Append(" = ").Append(value);
        sb.Append("\n}\n");
    }
}

/// <summary>Characters of one .bib field with no LaTeX spelling, and where in the CV they were written (null: unknown).</summary>
internal sealed record UnspellableCharacters(string Field, string Characters, SourceSpan? At);

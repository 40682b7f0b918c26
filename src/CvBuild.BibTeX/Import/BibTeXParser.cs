using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Import;

/// <summary>
/// A field as read: lower-case name, the value with macros expanded and parts joined (still LaTeX), where the field's
/// name is (<paramref name="Span"/>) and where its value starts (<paramref name="ValueSpan"/>: its brace or quote).
/// </summary>
internal sealed record BibField(string Name, string Value, SourceSpan Span, SourceSpan ValueSpan);

/// <summary>An entry as read: lower-case type, key as written, fields in file order.</summary>
internal sealed record BibTeXEntry(string Type, string Key, IReadOnlyList<BibField> Fields, SourceSpan Span)
{
    public BibField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
    public string? Value(string name) => Field(name)?.Value;
}

/// <summary>
/// Reads real-world .bib files the way bibtex and biber do: text outside entries is a comment; @comment,
/// @preamble and @string are understood; values may be braced, quoted, numbers or macros joined with #;
/// types and field names are case-insensitive. Problems become diagnostics with line and column, and the
/// parser resumes at the next entry so one bad entry does not hide the others.
/// </summary>
internal sealed class BibTeXParser
{
    private readonly string _text;
    private readonly string _path;
    private readonly List<int> _lineStarts = [0];
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["may"] = "May", ["jun"] = "June",
        ["jul"] = "July", ["aug"] = "August", ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };
    private int _pos;

    /// <summary>
    /// Characters that macros may add to the file, in all (four times the file's own size, and at least
    /// 1 MB): @string{s = s # s} repeated doubles at every step, so without a bound 40 lines need gigabytes.
    /// </summary>
    private readonly long _expansionBudget;
    private long _expanded;

    private BibTeXParser(string text, string path, DiagnosticBag diagnostics)
    {
        _text = text;
        _path = path;
        _diagnostics = diagnostics;
        _expansionBudget = Math.Max(1L << 20, 4L * text.Length);
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _lineStarts.Add(i + 1);
    }

    public static IReadOnlyList<BibTeXEntry> Parse(string text, string path, DiagnosticBag diagnostics) =>
        new BibTeXParser(text, path, diagnostics).ParseAll();

    /// <summary>Raised inside an entry; caught at the entry so parsing resumes at the next one.</summary>
    private sealed class SyntaxError(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }

    internal SourceSpan At(int position)
    {
        var line = _lineStarts.BinarySearch(position);
        if (line < 0) line = ~line - 1;
        return new SourceSpan(_path, line + 1, position - _lineStarts[line] + 1);
    }

    private List<BibTeXEntry> ParseAll()
    {
        var entries = new List<BibTeXEntry>();
        while (true)
        {
            var at = _text.IndexOf('@', _pos);
            if (at < 0) break;
            _pos = at + 1;
            SkipSpace();
            var type = ReadWhile(IsIdentifierChar).ToLowerInvariant();
            if (type.Length == 0) continue; // an @ in comment text, e.g. an e-mail address
            try
            {
                ParseItem(type, at, entries);
            }
            catch (SyntaxError e)
            {
                _diagnostics.Error(At(e.Position), e.Message);
                _pos = NextEntryStart(Math.Max(e.Position, at + 1));
            }
        }
        return entries;
    }

    private void ParseItem(string type, int at, List<BibTeXEntry> entries)
    {
        SkipSpace();
        if (type == "comment")
        {
            // biber skips a braced @comment{...} whole; bibtex skips only the word. Skipping the braces is
            // what users mean when they comment out an entry with @comment{...}.
            if (Peek() is '{' or '(') ReadDelimited(stopAtEntryStart: false);
            return;
        }
        if (Peek() is not ('{' or '('))
        {
            // An @ inside comment text (an e-mail address) is no entry; one that starts a line looks meant as one.
            if (StartsLine(at)) _diagnostics.Warning(At(at), $"'@{type}' is not followed by '{{' or '('; ignored as a comment");
            return;
        }
        var close = Peek() == '{' ? '}' : ')';
        _pos++;
        switch (type)
        {
            case "preamble":
                ReadValue();
                Expect(close, "after @preamble");
                _diagnostics.Warning(At(at), "@preamble is not imported (a CV has no LaTeX preamble)");
                return;
            case "string":
                SkipSpace();
                var nameAt = _pos;
                var name = ReadWhile(IsFieldNameChar);
                if (name.Length == 0) throw new SyntaxError(nameAt, "expected a macro name after @string");
                SkipSpace();
                Expect('=', $"after macro name '{name}'");
                _macros[name] = ReadValue();
                SkipSpace();
                if (Peek() == ',') _pos++;
                Expect(close, "at the end of @string");
                return;
        }
        SkipSpace();
        var keyAt = _pos;
        var key = ReadWhile(c => c != ',' && c != close && !char.IsWhiteSpace(c) && c != '{' && c != '}');
        SkipSpace();
        var fields = new List<BibField>();
        if (Peek() == close)
        {
            _pos++;
            entries.Add(new BibTeXEntry(type, key, fields, At(at)));
            return;
        }
        if (key.Length == 0) throw new SyntaxError(keyAt, $"@{type} entry has no key");
        Expect(',', $"after the key '{key}'");
        while (true)
        {
            SkipSpace();
            if (Peek() == close) { _pos++; break; }
            var fieldAt = _pos;
            var field = ReadWhile(IsFieldNameChar).ToLowerInvariant();
            if (field.Length == 0)
                throw new SyntaxError(fieldAt, $"expected a field name or '{close}' in entry '{key}', found {Describe(Peek())}");
            SkipSpace();
            Expect('=', $"after field name '{field}' in entry '{key}'");
            SkipSpace();
            var valueAt = _pos;
            var value = ReadValue();
            if (fields.Any(f => f.Name == field))
                _diagnostics.Warning(At(fieldAt), $"field '{field}' appears twice in entry '{key}'; the first is kept");
            else fields.Add(new BibField(field, value, At(fieldAt), At(valueAt)));
            SkipSpace();
            if (Peek() == ',') { _pos++; continue; }
            if (Peek() == close) { _pos++; break; }
            throw new SyntaxError(_pos, $"expected ',' or '{close}' after field '{field}' in entry '{key}', found {Describe(Peek())}");
        }
        entries.Add(new BibTeXEntry(type, key, fields, At(at)));
    }

    /// <summary>A value: parts (braced, quoted, number or macro) joined with '#'.</summary>
    private string ReadValue()
    {
        var sb = new StringBuilder();
        while (true)
        {
            SkipSpace();
            var start = _pos;
            var c = Peek();
            if (c == '{') sb.Append(ReadDelimited());
            else if (c == '"') sb.Append(ReadQuoted());
            else if (c is >= '0' and <= '9') sb.Append(ReadWhile(char.IsAsciiDigit));
            else if (c != '\0' && IsIdentifierChar(c))
            {
                var name = ReadWhile(IsFieldNameChar);
                if (_macros.TryGetValue(name, out var m))
                {
                    _expanded += m.Length;
                    if (_expanded > _expansionBudget)
                        throw new SyntaxError(start, $"macro '{name}' ({m.Length:N0} characters) expands the file beyond {_expansionBudget:N0} characters " +
                            "(an @string defined by repeated '#' doubling?); this entry is not read");
                    sb.Append(m);
                }
                else _diagnostics.Warning(At(start), $"undefined macro '{name}' (no @string defines it); read as empty");
            }
            else throw new SyntaxError(start, $"expected a value ('{{...}}', '\"...\"', a number or a macro), found {Describe(c)}");
            SkipSpace();
            if (Peek() != '#') return sb.ToString();
            _pos++;
        }
    }

    /// <summary>The text inside balanced braces (or parentheses for @comment(...)), braces inside kept.</summary>
    private bool StartsLine(int position)
    {
        var i = position - 1;
        while (i >= 0 && _text[i] is ' ' or '\t') i--;
        return i < 0 || _text[i] == '\n';
    }

    private string ReadDelimited(bool stopAtEntryStart = true)
    {
        var open = _text[_pos];
        var close = open == '{' ? '}' : ')';
        var start = _pos++;
        var depth = 1;
        // Like bibtex and btparse, a backslash does not escape a brace: braces must balance as written.
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == open) depth++;
            else if (c == close && --depth == 0) { _pos++; return _text[(start + 1)..(_pos - 1)]; }
            else if (c == '\n' && stopAtEntryStart && LooksLikeEntryStart(_pos + 1)) break;
            _pos++;
        }
        throw new SyntaxError(start, $"unbalanced '{open}': no matching '{close}' before the next entry or the end of the file");
    }

    private string ReadQuoted()
    {
        var start = _pos++;
        var depth = 0;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '"' && depth == 0) { _pos++; return _text[(start + 1)..(_pos - 1)]; }
            else if (c == '\n' && LooksLikeEntryStart(_pos + 1)) break;
            _pos++;
        }
        throw new SyntaxError(start, "unterminated quoted value: no closing '\"' before the next entry or the end of the file");
    }

    /// <summary>A line beginning "@type{" ends any runaway value: real files never have one inside a field.</summary>
    private bool LooksLikeEntryStart(int lineStart)
    {
        var i = lineStart;
        while (i < _text.Length && _text[i] is ' ' or '\t') i++;
        if (i >= _text.Length || _text[i] != '@') return false;
        i++;
        var n = i;
        while (i < _text.Length && char.IsAsciiLetter(_text[i])) i++;
        if (i == n) return false;
        while (i < _text.Length && _text[i] is ' ' or '\t') i++;
        return i < _text.Length && _text[i] is '{' or '(';
    }

    private int NextEntryStart(int from)
    {
        for (var i = _text.IndexOf('\n', from); i >= 0 && i < _text.Length; i = _text.IndexOf('\n', i + 1))
            if (LooksLikeEntryStart(i + 1)) return i + 1;
        return _text.Length;
    }

    private void Expect(char c, string where)
    {
        SkipSpace();
        if (Peek() != c) throw new SyntaxError(_pos, $"expected '{c}' {where}, found {Describe(Peek())}");
        _pos++;
    }

    private static string Describe(char c) => c == '\0' ? "the end of the file" : $"'{c}'";

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = _pos;
        while (_pos < _text.Length && accept(_text[_pos])) _pos++;
        return _text[start.._pos];
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    // Field names as biber allows them, including data annotations such as author+an.
    private static bool IsFieldNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+' or ':' or '.';
}

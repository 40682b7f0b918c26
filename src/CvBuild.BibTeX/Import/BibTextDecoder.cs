using System.Buffers;
using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Import;

/// <summary>The text of a .bib file, or the positioned errors that kept it from being read.</summary>
public sealed record BibText(string? Text, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Turns the bytes of a .bib file into text in the encoding the user names. UTF-8 is strict: an invalid
/// byte is an error at its line and column (with a hint to try Latin-1 or Windows-1252), never a silent
/// U+FFFD. Latin-1 (ISO 8859-1) maps every byte to the code point of that number, except that its C1
/// control bytes 0x80–0x9F are errors (such a file is nearly always Windows-1252); Windows-1252 maps
/// 0x80–0x9F to its printable characters (the WHATWG Encoding Standard's index) and its five unassigned
/// bytes are errors.
/// </summary>
public static class BibTextDecoder
{
    /// <summary>The names <see cref="Decode"/> accepts (case-insensitive), first the canonical one of each.</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "utf8", "latin1", "iso-8859-1", "windows-1252", "cp1252"];

    private const int MaxReported = 10;

    // Windows-1252 bytes 0x80–0x9F; \0 marks the five bytes the code page leaves unassigned.
    private const string Cp1252High =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
        + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /// <summary>
    /// The text of <paramref name="bytes"/> in <paramref name="encoding"/> (one of <see cref="Names"/>; a
    /// UTF-8 byte order mark is skipped), or null text and one error per bad byte (the first ten) at
    /// <paramref name="path"/>:line:column, columns counted in characters.
    /// </summary>
    /// <exception cref="ArgumentException">The encoding is not one of <see cref="Names"/> (the CLI checks first).</exception>
    public static BibText Decode(ReadOnlySpan<byte> bytes, string encoding, string path)
    {
        var name = encoding.Trim().ToLowerInvariant();
        var sb = new StringBuilder(bytes.Length);
        var errors = new List<Diagnostic>();
        int line = 1, column = 1, bad = 0;
        void Error(string message)
        {
            if (++bad <= MaxReported) errors.Add(new Diagnostic(Severity.Error, new SourceSpan(path, line, column), message));
        }
        void Append(string text)
        {
            sb.Append(text);
            if (text == "\n") { line++; column = 1; } else column++;
        }

        switch (name)
        {
            case "utf-8" or "utf8":
                if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
                while (!bytes.IsEmpty)
                {
                    var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
                    if (status == OperationStatus.Done) Append(rune.ToString());
                    else
                    {
                        Error($"byte 0x{bytes[0]:X2} is not valid UTF-8; if the file is Latin-1 or Windows-1252, " +
                              "read it with 'cvbuild import bibtex --encoding latin1' (or windows-1252)");
                        column++;
                        consumed = Math.Max(consumed, 1);
                    }
                    bytes = bytes[consumed..];
                }
                break;
            case "latin1" or "iso-8859-1":
                foreach (var b in bytes)
                {
                    if (b is >= 0x80 and <= 0x9F)
                    {
                        Error($"byte 0x{b:X2} is a control character in Latin-1; the file is probably Windows-1252 (--encoding windows-1252)");
                        column++;
                    }
                    else Append(((char)b).ToString());
                }
                break;
            case "windows-1252" or "cp1252":
                foreach (var b in bytes)
                {
                    var c = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
                    if (c == '\0' && b != 0)
                    {
                        Error($"byte 0x{b:X2} is not a Windows-1252 character; is the file in another encoding?");
                        column++;
                    }
                    else Append(c.ToString());
                }
                break;
            default:
                throw new ArgumentException($"unknown encoding '{encoding}' (known: {string.Join(", ", Names)})", nameof(encoding));
        }
        if (bad > MaxReported)
            errors.Add(new Diagnostic(Severity.Error, new SourceSpan(path, line, column), $"... and {bad - MaxReported} more bytes that are not {name}"));
        return errors.Count > 0 ? new BibText(null, errors) : new BibText(sb.ToString(), []);
    }
}

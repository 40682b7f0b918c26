using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;
using CvBuild.Core.Model;
using CvBuild.Core.Reading.Sources;
using CvBuild.Core.Validation;

namespace CvBuild.Core.Reading;

/// <summary>The outcome of reading a CV: the model when there were no errors, and every diagnostic.</summary>
/// <param name="SourceText">The text of the CV file itself.</param>
public sealed record ReadResult(Cv? Cv, IReadOnlyList<Diagnostic> Diagnostics, string? SourceText)
{
    public bool Succeeded => Cv is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>Full paths of every file read: the CV, then included YAML files and .bib files as they were reached.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>The text of every file read, by the name its diagnostics carry.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Every piece of text beyond ASCII the read files give (scalars of the CV and its included files, lines of its
    /// .bib files), each once, with the place of each character: what the font coverage check looks at.
    /// </summary>
    public IReadOnlyList<SourcedText> Printed { get; init; } = [];

    /// <summary>The text of the file a diagnostic names, for showing its line; null when unknown.</summary>
    public string? SourceOf(string file) => Sources.TryGetValue(file, out var text) ? text : null;
}

/// <summary>Reads a CV file: file-level checks, YAML parsing, mapping onto the model, then validation.</summary>
public static class CvReader
{
    /// <summary>Larger files are refused before parsing; a real CV is a few hundred kilobytes at most.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Reads and checks the CV at <paramref name="path"/>; a path that is not a readable regular file is one diagnostic at 0:0.</summary>
    /// <param name="bibliographies">Reads the .bib files of publications_from; without one, naming a .bib file is an error.</param>
    public static ReadResult ReadFile(string path, IBibliographySource? bibliographies = null)
    {
        var read = InputFile.Read(path, MaxFileBytes, "a YAML CV");
        if (read.Bytes is null)
        {
            var bag = new DiagnosticBag();
            bag.Error(new SourceSpan(path, 0, 0), read.Problem!);
            return new ReadResult(null, bag.Sorted(), null) { Inputs = path.Length == 0 ? [] : [Path.GetFullPath(path)] };
        }
        return ReadBytes(read.Bytes, path, bibliographies);
    }

    public static ReadResult ReadBytes(byte[] bytes, string path, IBibliographySource? bibliographies = null)
    {
        var bag = new DiagnosticBag();
        var text = Decode(bytes, path, bag);
        if (text is null) return new ReadResult(null, bag.Sorted(), null) { Inputs = path.Length == 0 ? [] : [Path.GetFullPath(path)] };
        return Parse(text, path, bag, bibliographies, bytes.Length);
    }

    /// <summary>Reads CV text named <paramref name="path"/>; included files and .bib files resolve against the path's folder.</summary>
    public static ReadResult Parse(string text, string path, IBibliographySource? bibliographies = null) =>
        Parse(text, path, new DiagnosticBag(), bibliographies, System.Text.Encoding.UTF8.GetByteCount(text));

    private static ReadResult Parse(string text, string path, DiagnosticBag bag, IBibliographySource? bibliographies, long bytes)
    {
        var files = new SourceFiles();
        files.Add(path.Length == 0 ? path : Path.GetFullPath(path), path, text);
        var result = Parse(text, path, bag, bibliographies, bytes, files);
        return result with { Inputs = files.Inputs, Sources = files.Texts, Printed = files.Printed };
    }

    private static ReadResult Parse(string text, string path, DiagnosticBag bag, IBibliographySource? bibliographies, long bytes, SourceFiles files)
    {
        if (IsBlankOrComments(text))
        {
            bag.Error(new SourceSpan(path, 1, 1), "the file is empty; a CV needs at least a 'person' with a 'name' (run 'cvbuild init' for a starter)");
            return new ReadResult(null, bag.Sorted(), text);
        }
        if (CheckTabs(text, path, bag))
            return new ReadResult(null, bag.Sorted(), text);

        var root = YamlTreeBuilder.Build(text, path, bag, files.Printed);
        if (root is null && !bag.HasErrors || root is YamlScalar { IsNull: true })
        {
            // "---", "~" or "null" alone: a document with no content, said like an empty file.
            bag.Error(new SourceSpan(path, 1, 1), "the document is empty (null); a CV needs at least a 'person' with a 'name' (run 'cvbuild init' for a starter)");
            return new ReadResult(null, bag.Sorted(), text);
        }
        Cv? cv = null;
        if (root is not null)
        {
            var includes = new IncludeResolver(bag, files, bytes);
            if (root is YamlMapping map) includes.Resolve(map, Path.GetFullPath(path), path);
            // Every node may be visited a few times; past this only alias expansion can be the cause.
            var ctx = new ReadContext(bag, nodeBudget: 200_000 + (int)Math.Min(int.MaxValue / 8, includes.TotalBytes) * 4);
            try
            {
                cv = new CvMapper(ctx, new BibliographyMerger(ctx, bibliographies, files)).Map(root);
            }
            catch (ExpansionLimitExceeded ex)
            {
                bag.Error(ex.Span, "aliases expand this document beyond any real CV's size (an alias bomb?); refusing to read further");
                return new ReadResult(null, bag.Sorted(), text);
            }
            if (cv is not null) bag.AddRange(CvValidator.Validate(cv));
        }
        var diagnostics = bag.Sorted();
        return new ReadResult(diagnostics.Any(d => d.IsError) ? null : cv, diagnostics, text);
    }

    /// <summary>Strict UTF-8 (a BOM is allowed); NUL bytes mean a binary file.</summary>
    internal static string? Decode(byte[] bytes, string path, DiagnosticBag bag)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, col) = Position(bytes, nul);
            bag.Error(new SourceSpan(path, line, col), "this is a binary file (it contains NUL bytes), not a YAML CV");
            return null;
        }
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            var (line, col) = Position(bytes, Math.Max(0, ex.Index));
            bag.Error(new SourceSpan(path, line, col), $"the file is not valid UTF-8 (byte 0x{bytes[Math.Max(0, ex.Index)]:X2}); save it as UTF-8");
            return null;
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        int line = 1, start = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
            if (bytes[i] == '\n') { line++; start = i + 1; }
        return (line, index - start + 1);
    }

    /// <summary>True when every line is blank or a comment: a file with nothing to read.</summary>
    private static bool IsBlankOrComments(string text)
    {
        // Split at '\n' only: YAML's line breaks are '\n' and '\r' (which TrimStart drops), not U+2028 and the like.
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var content = text.AsSpan(start, end - start).TrimStart();
            if (content.Length > 0 && content[0] != '#') return false;
            start = end + 1;
        }
        return true;
    }

    /// <summary>YAML forbids tabs in indentation; say so plainly instead of a parser's puzzled message. Lines are
    /// split at '\n' only, as the reported line numbers count them.</summary>
    internal static bool CheckTabs(string text, string path, DiagnosticBag bag)
    {
        var found = false;
        var inBlockScalar = false;
        var blockIndent = 0;
        var lineNumber = 0;
        for (var start = 0; start <= text.Length; lineNumber++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            start = end + 1;
            var indent = 0;
            while (indent < line.Length && (line[indent] == ' ' || line[indent] == '\t')) indent++;
            var trimmed = line.TrimEnd('\r');
            if (inBlockScalar)
            {
                // Inside a literal or folded block a tab may be content; only a dedent ends the block.
                if (trimmed.IsWhiteSpace()) continue;
                var spaces = 0;
                while (spaces < line.Length && line[spaces] == ' ') spaces++;
                if (spaces > blockIndent) continue;
                inBlockScalar = false;
            }
            var tab = line[..indent].IndexOf('\t');
            if (tab >= 0 && indent < trimmed.Length)
            {
                bag.Error(new SourceSpan(path, lineNumber + 1, tab + 1), "tab character used for indentation; YAML allows only spaces");
                found = true;
            }
            var content = trimmed.TrimEnd();
            if (content.EndsWith('|') || content.EndsWith('>') || content.EndsWith("|-") || content.EndsWith(">-") || content.EndsWith("|+") || content.EndsWith(">+"))
            {
                inBlockScalar = true;
                blockIndent = indent;
            }
        }
        return found;
    }
}

using CvBuild.Core.Model;

namespace CvBuild.Core.Reading.Sources;

/// <summary>
/// Every file one CV read used (the CV, included YAML files, .bib files), in the order read: their full paths
/// (so an output can never overwrite one and 'watch' can follow them all) and their texts by the name
/// diagnostics use (so a message can show its line).
/// </summary>
internal sealed class SourceFiles
{
    private readonly List<string> _inputs = [];
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly List<SourcedText> _printed = [];

    public IReadOnlyList<string> Inputs => _inputs;
    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>Text beyond ASCII that the files give, each piece once: YAML scalars and .bib lines (see <see cref="ReadResult.Printed"/>).</summary>
    public List<SourcedText> Printed => _printed;

    /// <summary>
    /// The lines of a .bib file beyond ASCII, but its comment lines: the importer decodes LaTeX, so a field's value
    /// is placed by the line it is written on, character by character as written.
    /// </summary>
    public void AddBibliography(string shownPath, string text)
    {
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (System.Text.Ascii.IsValid(line) || line.TrimStart().StartsWith('%')) continue;
            var number = n + 1;
            _printed.Add(new SourcedText(line, i => new SourceSpan(shownPath, number, i + 1)));
        }
    }

    public void Add(string fullPath, string shownPath, string? text)
    {
        if (!_inputs.Contains(fullPath, StringComparer.Ordinal)) _inputs.Add(fullPath);
        if (text is not null) _texts[shownPath] = text;
    }

    /// <summary>
    /// A path named inside <paramref name="namingFile"/> (as diagnostics name it): relative paths resolve
    /// against that file's folder, both as shown to the user and as a full path.
    /// </summary>
    public static (string Full, string Shown) Resolve(string namingFile, string written)
    {
        var folder = Path.GetDirectoryName(namingFile) ?? "";
        var shown = Path.IsPathRooted(written) ? written : Path.Join(folder, written);
        return (Path.GetFullPath(shown), shown);
    }
}

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

    public IReadOnlyList<string> Inputs => _inputs;
    public IReadOnlyDictionary<string, string> Texts => _texts;

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

using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;
using CvBuild.Core.Model;

namespace CvBuild.Core.Reading.Sources;

/// <summary>
/// Splices the files named by <c>include:</c> into the including file's top-level mapping before the CV is
/// mapped: a list field's items are appended after the includer's, any other field may be given by one file
/// only. Every node keeps the position in the file it was written in, so diagnostics point into the included
/// file. Cycles, more than <see cref="MaxFiles"/> files and more than <see cref="CvReader.MaxFileBytes"/> of
/// YAML in all are errors at the include line that crosses the limit.
/// </summary>
internal sealed class IncludeResolver(DiagnosticBag bag, SourceFiles files, long bytesRead)
{
    /// <summary>More files than any real CV is split into; past this the includes are taken to be runaway.</summary>
    public const int MaxFiles = 256;

    private long _bytes = bytesRead;
    private int _files = 1;

    private readonly Dictionary<string, SourceSpan> _included = new(StringComparer.Ordinal);

    /// <summary>Bytes of YAML read so far, the CV file's included.</summary>
    public long TotalBytes => _bytes;

    /// <summary>Resolves the includes of <paramref name="root"/>, read from <paramref name="fullPath"/> (named <paramref name="shownPath"/>).</summary>
    public void Resolve(YamlMapping root, string fullPath, string shownPath) => Resolve(root, [fullPath], shownPath);

    private void Resolve(YamlMapping map, List<string> chain, string shownPath)
    {
        var index = map.Entries.FindIndex(e => e.Key.Value == "include");
        if (index < 0) return;
        var node = map.Entries[index].Value;
        map.Entries.RemoveAt(index);
        if (node is YamlScalar { IsNull: true }) return;
        if (node is not YamlSequence list)
        {
            bag.Error(node.Span, node is YamlScalar s
                ? $"'include' must be a list; write [{s.Value}] or put the path on a '- ' line"
                : $"'include' must be a list of file paths, not {node.KindName}");
            return;
        }
        foreach (var item in list.Items)
        {
            if (item is not YamlScalar { IsNull: false } path || path.Value.Trim().Length == 0)
            {
                bag.Error(item.Span, "an 'include' item must be the path of a YAML file");
                continue;
            }
            var (full, shown) = SourceFiles.Resolve(shownPath, path.Value.Trim());
            if (chain.Contains(full, StringComparer.Ordinal))
            {
                var cycle = string.Join(" -> ", chain.Skip(chain.IndexOf(full)).Append(full).Select(Path.GetFileName));
                bag.Error(path.Span, $"'{path.Value}' is already being included (include cycle: {cycle}); remove one of these includes");
                continue;
            }
            // A file included a second time (by another path or another file) would list its entries twice.
            if (_included.TryGetValue(full, out var first))
            {
                bag.Error(path.Span, $"'{DiagnosticText.Escape(path.Value)}' is already included at {first}; its entries would be listed twice");
                continue;
            }
            _included[full] = path.Span;
            if (++_files > MaxFiles)
            {
                bag.Error(path.Span, $"more than {MaxFiles} files are included; a CV split this finely is likely an include loop through different paths");
                return;
            }
            var child = Read(full, shown, path);
            if (child is null) continue;
            Resolve(child, [.. chain, full], shown);
            Merge(map, child, shown);
        }
    }

    private YamlMapping? Read(string full, string shown, YamlScalar at)
    {
        var read = InputFile.Read(full, CvReader.MaxFileBytes - _bytes, "the YAML files of one CV together");
        if (read.Bytes is null)
        {
            var problem = read.NotFound ? $"included file '{at.Value}' not found (looked for {full})" : $"cannot include '{at.Value}': {read.Problem}";
            bag.Error(at.Span, problem);
            return null;
        }
        _bytes += read.Bytes.Length;
        var text = CvReader.Decode(read.Bytes, shown, bag);
        files.Add(full, shown, text);
        if (text is null || CvReader.CheckTabs(text, shown, bag)) return null;
        if (text.Trim().Length == 0) return null;
        var root = YamlTreeBuilder.Build(text, shown, bag);
        if (root is null or YamlScalar { IsNull: true }) return null;
        if (root is not YamlMapping map)
        {
            bag.Error(root.Span, $"an included file must hold fields of the CV (a mapping such as 'publications:'), not {root.KindName}");
            return null;
        }
        return map;
    }

    private void Merge(YamlMapping into, YamlMapping from, string shown)
    {
        foreach (var (key, value) in from.Entries)
        {
            var existing = into.Entries.FindIndex(e => e.Key.Value == key.Value);
            if (existing < 0)
            {
                into.Entries.Add(new(key, value));
                continue;
            }
            var (firstKey, firstValue) = into.Entries[existing];
            if (firstValue is YamlSequence a && value is YamlSequence b)
            {
                // A new node, so an anchor on either list is not changed under its aliases.
                var joined = new YamlSequence(a.Span) { ExpandedSize = a.ExpandedSize + b.ExpandedSize };
                joined.Items.AddRange(a.Items);
                joined.Items.AddRange(b.Items);
                into.Entries[existing] = new(firstKey, joined);
            }
            else if (firstValue is YamlScalar { IsNull: true })
                into.Entries[existing] = new(firstKey, value);
            else if (value is not YamlScalar { IsNull: true })
                bag.Error(key.Span, $"'{key.Value}' is already given at {firstKey.Span}; an included file may add items to a list but not give a field twice");
        }
    }
}

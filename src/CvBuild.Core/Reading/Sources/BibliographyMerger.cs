using CvBuild.Core.Model;
using CvBuild.Core.Schema;

namespace CvBuild.Core.Reading.Sources;

/// <summary>
/// Reads the .bib files named by <c>publications_from</c> (paths relative to the file that names them) and
/// applies <c>publication_overrides</c> to their entries by BibTeX key. Problems inside a .bib are reported
/// at the .bib's line and column; problems with a path or an override at the YAML line.
/// </summary>
internal sealed class BibliographyMerger(ReadContext ctx, IBibliographySource? source, SourceFiles files)
{
    /// <summary>The publications and patents of every named .bib file, in file order, overrides applied.</summary>
    public (List<Publication> Publications, List<Patent> Patents) Read(FieldReader root, IReadOnlyList<Publication> written)
    {
        var publications = new List<Publication>();
        var patents = new List<Patent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in ctx.Items(root.Node("publications_from"), "publications_from"))
        {
            if (ctx.String(item, "publications_from item") is not { } path) continue;
            if (source is null)
            {
                ctx.Diagnostics.Error(item.Span, "this reader has no BibTeX importer, so 'publications_from' cannot be read here");
                continue;
            }
            var (full, shown) = SourceFiles.Resolve(item.Span.File, path.Trim());
            if (!seen.Add(full))
            {
                ctx.Diagnostics.Error(item.Span, $"'{path}' is named twice in publications_from");
                continue;
            }
            var read = source.Read(full, shown);
            files.Add(full, shown, read.Text);
            if (read.Text is { } bib) files.AddBibliography(shown, bib);
            if (read.Problem is { } problem)
            {
                ctx.Diagnostics.Error(item.Span, read.NotFound ? $"the .bib file '{path}' does not exist (looked for {full})" : $"cannot read the .bib file '{path}': {problem}");
                continue;
            }
            ctx.Diagnostics.AddRange(read.Diagnostics);
            publications.AddRange(read.Publications);
            patents.AddRange(read.Patents);
        }
        Override(root.Node("publication_overrides"), publications, written);
        return (publications, patents);
    }

    private void Override(YamlNode? node, List<Publication> publications, IReadOnlyList<Publication> written)
    {
        var byKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < publications.Count; i++)
            if (publications[i].Key is { } key) byKey.TryAdd(key, i);
        var overridden = new Dictionary<int, SourceSpan>();
        var excluded = new HashSet<int>();
        foreach (var item in ctx.Items(node, "publication_overrides"))
        {
            if (ctx.Object(item, FormatSpec.PublicationOverride) is not { Missing: false } o || o.String("key") is not { } key) continue;
            if (!byKey.TryGetValue(key, out var index))
            {
                var inYaml = written.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
                var hint = Suggestions.Closest(key, byKey.Keys) is { } h ? $"; did you mean '{h}'?" : "";
                ctx.Diagnostics.Error(o.Node("key")!.Span, inYaml
                    ? $"'{key}' is a publication written in the YAML, not read from a .bib file; change it where it is written"
                    : $"no entry of the publications_from files has the key '{key}'{hint}");
                continue;
            }
            if (overridden.TryGetValue(index, out var first))
            {
                ctx.Diagnostics.Error(o.Node("key")!.Span, $"'{key}' is already overridden at {first}; merge the two overrides");
                continue;
            }
            overridden[index] = o.Span;
            var p = publications[index];
            if (o.Boolean("exclude") == true) excluded.Add(index);
            publications[index] = p with
            {
                Selected = o.Boolean("selected") ?? p.Selected,
                Kind = o.Enum("kind") is { } kind ? CvMapper.ParseKind(kind) : p.Kind,
                Awards = o.Node("awards") is null ? p.Awards : o.StringList("awards"),
                Tags = o.Node("tags") is null ? p.Tags : o.StringList("tags"),
                Status = o.String("status") ?? p.Status,
                Note = o.String("note") ?? p.Note,
                Authors = Equal(o.Node("equal_contribution"), p),
                // What the override gives was written there, not in the .bib.
                Fields = p.Fields.With(FieldSources.Of(o.Sources().All.Where(f => f.Path is not ("key" or "exclude" or "equal_contribution") && !f.Path.StartsWith("equal_contribution[", StringComparison.Ordinal)))),
            };
        }
        for (var i = publications.Count - 1; i >= 0; i--)
            if (excluded.Contains(i)) publications.RemoveAt(i);
    }

    /// <summary>The authors with the named ones marked as equal contributors; an unknown name is an error at its item.</summary>
    private IReadOnlyList<Author> Equal(YamlNode? node, Publication p)
    {
        if (node is null) return p.Authors;
        var authors = p.Authors.ToList();
        foreach (var item in ctx.Items(node, "equal_contribution"))
        {
            if (ctx.String(item, "equal_contribution item") is not { } name) continue;
            var at = authors.FindIndex(a => string.Equals(a.Name, name.Trim(), StringComparison.Ordinal));
            if (at < 0) at = authors.FindIndex(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                var hint = Suggestions.Closest(name, authors.Select(a => a.Name)) is { } h ? $"; did you mean '{h}'?" : "";
                ctx.Diagnostics.Error(item.Span, $"'{name}' is not an author of '{p.Key}' (its authors: {string.Join(", ", authors.Select(a => a.Name))}){hint}");
                continue;
            }
            authors[at] = authors[at] with { Equal = true };
        }
        return authors;
    }
}

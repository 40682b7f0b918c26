using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;
using CvBuild.Core.Model;
using CvBuild.Core.Schema;

namespace CvBuild.Core.Reading;

/// <summary>One output as configured; option values are typed by the format's spec (int, bool, string, string list).</summary>
public sealed record OutputEntry(string Format, string Path, string Variant, IReadOnlyDictionary<string, object> Options, SourceSpan Source);

/// <summary>A checked build configuration. Paths are as written; <see cref="Resolve"/> makes them relative to the config's folder.</summary>
public sealed record BuildConfig(string ConfigPath, string Cv, IReadOnlyList<OutputEntry> Outputs)
{
    /// <summary>Where the 'cv' field is, to point at it when the file it names is missing.</summary>
    public SourceSpan? CvSource { get; init; }

    /// <summary>create_directories: make a missing folder of an output path instead of reporting it.</summary>
    public bool CreateDirectories { get; init; }

    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(ConfigPath))!;
    public string Resolve(string path) => System.IO.Path.GetFullPath(path, Directory);
    public string CvPath => Resolve(Cv);
}

public sealed record ConfigReadResult(BuildConfig? Config, IReadOnlyList<Diagnostic> Diagnostics, string? SourceText)
{
    public bool Succeeded => Config is not null && !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Reads cvbuild.yaml with the CV reader's machinery, so its mistakes read the same way: file:line:col,
/// unknown keys with a "did you mean", every problem in one run.
/// </summary>
public static class ConfigReader
{
    private const long MaxFileBytes = 1024 * 1024;

    public static ConfigReadResult ReadFile(string path, IReadOnlyList<OutputFormatSpec> available)
    {
        var bag = new DiagnosticBag();
        var read = InputFile.Read(path, MaxFileBytes, "a build configuration");
        if (read.Bytes is null)
        {
            var problem = read.NotFound
                ? "build configuration not found (write one as described in docs/build-config.md, or pass --config)"
                : read.Problem!;
            bag.Error(new SourceSpan(path, 0, 0), problem);
            return new ConfigReadResult(null, bag.Sorted(), null);
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(read.Bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            bag.Error(new SourceSpan(path, 1, 1), "the file is not valid UTF-8; save it as UTF-8");
            return new ConfigReadResult(null, bag.Sorted(), null);
        }
        return Parse(text, path, available);
    }

    public static ConfigReadResult Parse(string text, string path, IReadOnlyList<OutputFormatSpec> available)
    {
        var bag = new DiagnosticBag();
        if (text.Trim().Length == 0)
        {
            bag.Error(new SourceSpan(path, 1, 1), "the build configuration is empty; it needs 'cv' and 'outputs'");
            return new ConfigReadResult(null, bag.Sorted(), text);
        }
        var root = YamlTreeBuilder.Build(text, path, bag);
        BuildConfig? config = null;
        if (root is not null)
        {
            var ctx = new ReadContext(bag, nodeBudget: 10_000 + text.Length * 4);
            try
            {
                config = Map(ctx, root, path, available);
            }
            catch (ExpansionLimitExceeded ex)
            {
                bag.Error(ex.Span, "aliases expand this configuration beyond any sensible size; refusing to read further");
            }
        }
        var diagnostics = bag.Sorted();
        return new ConfigReadResult(diagnostics.Any(d => d.IsError) ? null : config, diagnostics, text);
    }

    private static BuildConfig? Map(ReadContext ctx, YamlNode root, string path, IReadOnlyList<OutputFormatSpec> available)
    {
        var r = ctx.Object(root, BuildConfigSpec.Root);
        if (r is null) return null;
        var cv = r.String("cv");
        var outputs = new List<OutputEntry>();
        var configDir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var outputsNode = r.Node("outputs");
        foreach (var item in ctx.Items(outputsNode, "outputs"))
        {
            if (ReadOutput(ctx, item, available) is not { } entry) continue;
            var full = Path.GetFullPath(entry.Path, configDir);
            if (seen.TryGetValue(full, out var first))
                ctx.Diagnostics.Error(entry.Source, $"output '{entry.Path}' is also made by the output at line {first.Line}; each file can come from one output only");
            else
                seen[full] = entry.Source;
            // An output that is an input (the CV, this file) is refused by the CLI's one output rule, which
            // compares files, not names, and so also sees symbolic and hard links.
            if (entry.Path == "-")
                ctx.Diagnostics.Error(entry.Source, "an output of a build cannot be standard output ('-'); name a file");
            outputs.Add(entry);
        }
        if (outputsNode is YamlSequence { Items.Count: 0 })
            ctx.Diagnostics.Error(outputsNode.Span, "'outputs' is empty; list at least one output");
        var createDirectories = r.Boolean("create_directories") ?? false;
        return cv is null || r.Missing ? null : new BuildConfig(path, cv, outputs) { CvSource = r.Node("cv")?.Span, CreateDirectories = createDirectories };
    }

    private static OutputEntry? ReadOutput(ReadContext ctx, YamlNode item, IReadOnlyList<OutputFormatSpec> available)
    {
        var r = ctx.Object(item, BuildConfigSpec.Output);
        if (r is null) return null;
        var format = r.Enum("format");
        var outputPath = r.String("path");
        var spec = format is null ? null : available.FirstOrDefault(f => f.Name == format);
        if (format is not null && spec is null)
        {
            var have = string.Join(", ", available.Select(f => f.Name));
            ctx.Diagnostics.Error(r.Node("format")!.Span, $"format '{format}' is not available in this version of cvbuild (it can make: {have})");
        }
        var variant = "full";
        if (r.Node("variant") is { } variantNode && spec is not null)
            variant = ctx.Enum(variantNode, "variant", spec.Variants) ?? variant;
        var options = spec is null ? new Dictionary<string, object>() : ReadOptions(ctx, r.Node("options"), spec);
        if (r.Missing || format is null || outputPath is null || spec is null) return null;
        return new OutputEntry(format, outputPath, variant, options, item.Span);
    }

    private static Dictionary<string, object> ReadOptions(ReadContext ctx, YamlNode? node, OutputFormatSpec spec)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var r = ctx.Object(node, spec.Options);
        if (r is null) return values;
        foreach (var field in spec.Options.Fields)
        {
            if (r.Node(field.Name) is not { } n) continue;
            object? value = field.Type switch
            {
                FieldType.Integer => ctx.Integer(n, field.Name, field.Min ?? int.MinValue, field.Max ?? int.MaxValue),
                FieldType.Boolean => ctx.Boolean(n, field.Name),
                FieldType.Enum => ctx.Enum(n, field.Name, field.Values),
                FieldType.StringList or FieldType.EnumList => ReadList(ctx, n, field),
                _ => ctx.String(n, field.Name),
            };
            if (value is not null) values[field.Name] = value;
        }
        return values;
    }

    private static IReadOnlyList<string>? ReadList(ReadContext ctx, YamlNode node, FieldSpec field)
    {
        var list = ctx.StringList(node, field.Name);
        if (field.Type != FieldType.EnumList) return list;
        var ok = true;
        foreach (var item in ctx.Items(node, field.Name))
        {
            if (ctx.Scalar(item, field.Name) is { } v && !field.Values.Contains(v))
            {
                var hint = Suggestions.Closest(v, field.Values) is { } s ? $"; did you mean '{s}'?" : "";
                ctx.Diagnostics.Error(item.Span, $"'{v}' is not one of {string.Join(", ", field.Values)}{hint}");
                ok = false;
            }
        }
        return ok ? list : null;
    }
}

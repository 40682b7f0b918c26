using System.Text.Json;
using CvBuild.Core.Schema;
using CvBuild.TestSupport;
using NJsonSchema;
using YamlDotNet.RepresentationModel;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;

namespace CvBuild.Core.Tests.Schema;

public sealed class SchemaTests
{
    private static JsonSchema Schema() => JsonSchema.FromJsonAsync(JsonSchemaWriter.Write()).GetAwaiter().GetResult();

    [Fact]
    public void Example_cv_is_valid_against_the_json_schema()
    {
        var errors = Schema().Validate(YamlToJson(File.ReadAllText(ExamplePath)));
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void Every_example_cv_and_the_starter_are_valid_against_the_json_schema()
    {
        var examples = Directory.GetFiles(Path.Combine(RepoRoot(), "cv-data", "examples"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Contains("cvbuild", StringComparison.Ordinal) && !f.Contains("/build/", StringComparison.Ordinal))
            .Select(f => (Name: Path.GetRelativePath(RepoRoot(), f), Text: File.ReadAllText(f)))
            .Append((Name: "starter", Text: CvBuild.Cli.Commands.InitCommand.StarterText()))
            .ToList();
        Assert.True(examples.Count >= 4, string.Join(", ", examples.Select(e => e.Name)));
        foreach (var (name, text) in examples)
        {
            var errors = Schema().Validate(YamlToJson(text));
            Assert.True(errors.Count == 0, name + ": " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }

    [Fact]
    public void Numbers_and_booleans_in_text_fields_are_valid_as_check_reads_them()
    {
        const string cv = "person: {name: A B}\npublications:\n  - {kind: journal, title: T, authors: [A B], venue: J, year: 2020, volume: 22, pages: 12, number: 3}\n"
            + "service:\n  - {kind: program_committee, role: PC member, items: [ConfA], years: [2022, 2024]}\n";
        Assert.True(CvBuild.Core.Reading.CvReader.Parse(cv, "cv.yaml").Succeeded);
        var errors = Schema().Validate(YamlToJson(cv));
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void Schema_rejects_unknown_fields_and_wrong_enums()
    {
        var errors = Schema().Validate(YamlToJson("person:\n  name: A\n  nmae: B\npublications:\n  - kind: poster\n    title: T\n    authors: [A]\n    year: 2020\n"));
        Assert.Contains(errors, e => e.Kind == NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed);
        Assert.Contains(errors, e => e.Path == "#/publications[0]");
    }

    [Fact]
    public void The_example_and_the_starter_point_editors_at_the_schemas_versioned_id()
    {
        var modeline = "# yaml-language-server: $schema=" + JsonSchemaWriter.Id + "\n";
        Assert.StartsWith(modeline, File.ReadAllText(ExamplePath));
        Assert.StartsWith(modeline, CvBuild.Cli.Commands.InitCommand.StarterText());
        Assert.Contains("\"$id\": \"" + JsonSchemaWriter.Id + "\"", JsonSchemaWriter.Write());
        Assert.Contains("/v" + JsonSchemaWriter.FormatVersion + "/", JsonSchemaWriter.Id);
    }

    [Fact]
    public void Committed_schema_matches_the_specification() =>
        Golden.VerifyFile(Path.Combine(RepoRoot(), "docs", "cv.schema.json"), JsonSchemaWriter.Write());

    [Fact]
    public void Committed_format_documentation_matches_the_specification() =>
        Golden.VerifyFile(Path.Combine(RepoRoot(), "docs", "format.md"), FormatDocWriter.Write());

    /// <summary>YAML to JSON the way an editor's YAML extension sees it: plain scalars typed, quoted ones strings.</summary>
    private static string YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) Write(json, stream.Documents[0].RootNode);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                json.WriteStartObject();
                foreach (var (k, v) in map.Children) { json.WritePropertyName(((YamlScalarNode)k).Value!); Write(json, v); }
                json.WriteEndObject();
                break;
            case YamlSequenceNode seq:
                json.WriteStartArray();
                foreach (var item in seq.Children) Write(json, item);
                json.WriteEndArray();
                break;
            case YamlScalarNode s when s.Style == YamlDotNet.Core.ScalarStyle.Plain:
                if (s.Value is null or "" or "~" or "null") json.WriteNullValue();
                else if (s.Value is "true" or "false") json.WriteBooleanValue(s.Value == "true");
                else if (long.TryParse(s.Value, out var n)) json.WriteNumberValue(n);
                else if (double.TryParse(s.Value, System.Globalization.CultureInfo.InvariantCulture, out var d)) json.WriteNumberValue(d);
                else json.WriteStringValue(s.Value);
                break;
            case YamlScalarNode s:
                json.WriteStringValue(s.Value);
                break;
        }
    }
}

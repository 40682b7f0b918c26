using System.Text.Json;
using System.Text.Json.Nodes;
using CvBuild.Core.Model;

namespace CvBuild.Core.Schema;

/// <summary>
/// Writes a JSON Schema (draft 2020-12) of the CV format from <see cref="FormatSpec"/>, so that editors
/// (VS Code's YAML extension) offer completion and flag mistakes as the user types.
/// </summary>
public static class JsonSchemaWriter
{
    /// <summary>The format version the schema describes; a new value with each release that changes the format.</summary>
    public const string FormatVersion = "0.1.0";

    /// <summary>
    /// The schema's address: the committed docs/cv.schema.json at the release tag v<see cref="FormatVersion"/>, served by
    /// GitHub's raw file host. Assumes the repository is published as github.com/cvbuild/cvbuild and each release
    /// is tagged (docs/editor-schema.md says so); a tag never moves, so the address is stable and versioned.
    /// The starter and the example CV point their yaml-language-server modeline here.
    /// </summary>
    public const string Id = "https://raw.githubusercontent.com/cvbuild/cvbuild/v" + FormatVersion + "/docs/cv.schema.json";

    public static string Write()
    {
        var defs = new JsonObject();
        var root = Object(FormatSpec.Root, defs);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "cvbuild CV",
            ["description"] = "An academic CV for cvbuild: one YAML file, rendered to PDF, BibTeX, text and Markdown.",
        };
        foreach (var (key, value) in root) schema[key] = value?.DeepClone();
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Object(ObjectSpec spec, JsonObject defs)
    {
        var properties = new JsonObject();
        foreach (var field in spec.Fields) properties[field.Name] = Field(field, defs);
        var obj = new JsonObject
        {
            ["type"] = "object",
            ["description"] = spec.Description,
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = spec.Fields.Where(f => f.Required).Select(f => (JsonNode)JsonValue.Create(f.Name)!).ToArray();
        if (required.Length > 0) obj["required"] = new JsonArray(required);
        return obj;
    }

    // Objects are inlined rather than referenced through $defs: the format has no recursion, and some
    // validators (NJsonSchema among them) resolve only draft-07 "definitions" references.
    private static JsonNode Ref(ObjectSpec spec, JsonObject defs) => Object(spec, defs);

    private static JsonObject Field(FieldSpec f, JsonObject defs)
    {
        JsonObject node = f.Type switch
        {
            FieldType.String => Scalar(),
            FieldType.Text => Scalar(),
            FieldType.Integer => new JsonObject { ["type"] = "integer" },
            FieldType.Number => new JsonObject { ["type"] = "number" },
            FieldType.Boolean => new JsonObject { ["type"] = "boolean" },
            FieldType.Url => Str(@"^(https?|mailto|ftp):"),
            FieldType.Email => Str(@"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
            FieldType.Color => Str(@"^#[0-9A-Fa-f]{6}$"),
            FieldType.Orcid => Str(@"^(https?://orcid\.org/)?[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$"),
            // YAML may read an unquoted 2024 as a number and 2024-05-01 as a date string: accept both.
            FieldType.Date => AnyOf(new JsonObject { ["type"] = "integer", ["minimum"] = PartialDate.MinYear, ["maximum"] = 9999 }, Str(@"^\d{4}(-\d{2}(-\d{2})?)?$")),
            FieldType.EndDate => AnyOf(new JsonObject { ["type"] = "integer", ["minimum"] = PartialDate.MinYear, ["maximum"] = 9999 }, Str(@"^(\d{4}(-\d{2}(-\d{2})?)?|present)$")),
            FieldType.YearOrRange => AnyOf(new JsonObject { ["type"] = "integer", ["minimum"] = PartialDate.MinYear, ["maximum"] = 9999 }, Str(@"^\d{4}(\s*(–|—|-|--|to)\s*(\d{4}|present))?$")),
            FieldType.Enum => new JsonObject { ["enum"] = Strings(f.Values) },
            FieldType.StringList => new JsonObject { ["type"] = "array", ["items"] = Scalar() },
            FieldType.EnumList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["enum"] = Strings(f.Values) } },
            FieldType.StringMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = Scalar() },
            FieldType.Object => (JsonObject)Ref(f.Object!, defs),
            FieldType.ObjectList => new JsonObject { ["type"] = "array", ["items"] = Ref(f.Object!, defs) },
            FieldType.AuthorList => new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = AnyOf(Str(), Ref(FormatSpec.Author, defs)),
            },
            FieldType.Venue => AnyOf(Str(), Ref(FormatSpec.Venue, defs)),
            _ => throw new InvalidOperationException("unhandled field type " + f.Type),
        };
        if (f.Min is { } min) node["minimum"] = min;
        if (f.Max is { } max) node["maximum"] = max;
        node["description"] = f.Description;
        return node;
    }

    private static JsonObject Str(string? pattern = null) =>
        pattern is null ? new JsonObject { ["type"] = "string", ["minLength"] = 1 } : new JsonObject { ["type"] = "string", ["pattern"] = pattern };

    /// <summary>
    /// A text field: YAML reads <c>volume: 22</c> or <c>years: [2022, 2024]</c> as numbers and <c>true</c> as a boolean,
    /// and the reader takes any scalar's text, so the schema accepts them too (an editor must not flag what check accepts).
    /// </summary>
    private static JsonObject Scalar() => AnyOf(Str(), new JsonObject { ["type"] = new JsonArray("number", "boolean") });

    private static JsonObject AnyOf(params JsonNode[] options) => new() { ["anyOf"] = new JsonArray(options) };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}

using System.Text;

namespace CvBuild.Core.Schema;

/// <summary>Writes docs/format.md from <see cref="FormatSpec"/>: every field, its type, whether required, an example.</summary>
public static class FormatDocWriter
{
    public static string Write()
    {
        var sb = new StringBuilder();
        sb.Append("# The cvbuild CV format\n\n");
        sb.Append("A CV is one UTF-8 YAML file. This page is generated from the format's specification in the code ");
        sb.Append("(`src/CvBuild.Core/Schema/FormatSpec.cs`); `cvbuild schema` prints the same as a JSON Schema for editors.\n\n");
        sb.Append("Conventions: dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an `end` may be `present`; ");
        sb.Append("an author written `\"Name*\"` (or `{name: Name, equal: true}`) is an equal-contribution author. ");
        sb.Append("Unknown fields are errors, so a typo never silently drops data.\n\n");
        var seen = new HashSet<string>();
        var queue = new Queue<ObjectSpec>([FormatSpec.Root]);
        while (queue.Count > 0)
        {
            var spec = queue.Dequeue();
            if (!seen.Add(spec.Name)) continue;
            sb.Append($"## `{spec.Name}`\n\n{spec.Description}\n\n");
            sb.Append("| field | type | required | description | example |\n|---|---|---|---|---|\n");
            foreach (var f in spec.Fields)
            {
                sb.Append($"| `{f.Name}` | {TypeName(f)} | {(f.Required ? "yes" : "no")} | {Escape(Described(f))} | {(f.Example is null ? "" : "`" + Escape(f.Example) + "`")} |\n");
                if (f.Object is not null) queue.Enqueue(f.Object);
                if (f.Type == FieldType.AuthorList) queue.Enqueue(FormatSpec.Author);
            }
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The description, and where the full CV does not print the field, that it does not and why.</summary>
    private static string Described(FieldSpec f) =>
        f.NotPrinted is { } reason ? $"{f.Description} *Not printed in the full CV: {reason}.*"
        : f.PrintedAs is { } how ? $"{f.Description} Shows as {how}."
        : f.Description;

    private static string TypeName(FieldSpec f) => f.Type switch
    {
        FieldType.Enum => "one of " + string.Join(", ", f.Values.Select(v => $"`{v}`")),
        FieldType.EnumList => "list of " + string.Join(", ", f.Values.Select(v => $"`{v}`")),
        FieldType.Object => $"[`{f.Object!.Name}`](#{f.Object.Name})",
        FieldType.ObjectList => $"list of [`{f.Object!.Name}`](#{f.Object.Name})",
        FieldType.AuthorList => "list of names or [`author`](#author)",
        FieldType.Venue => "name or [`venue`](#venue)",
        FieldType.StringList => "list of text",
        FieldType.StringMap => "mapping of text",
        FieldType.YearOrRange => "year or year range",
        FieldType.EndDate => "date or `present`",
        FieldType.Text => "text (multi-line)",
        FieldType.Orcid => "ORCID iD",
        FieldType.Integer or FieldType.Number when f.Min is { } min && f.Max is { } max => $"{f.Type.ToString().ToLowerInvariant()} {min}\u2013{max}",
        _ => f.Type.ToString().ToLowerInvariant(),
    };

    private static string Escape(string s) => s.Replace("|", "\\|");
}

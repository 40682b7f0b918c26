namespace CvBuild.Core.Schema;

/// <summary>
/// One output format as the build configuration knows it: its name, the variants it can make and the
/// fields its 'options' mapping accepts. The CLI supplies these from the formats it actually has.
/// </summary>
public sealed record OutputFormatSpec(string Name, IReadOnlyList<string> Variants, ObjectSpec Options);

/// <summary>The cvbuild.yaml format: which CV to read and which outputs to make from it. docs/build-config.md describes it.</summary>
public static class BuildConfigSpec
{
    /// <summary>Every format the configuration may name; one missing from this build is reported as unavailable.</summary>
    public static readonly string[] KnownFormats = ["text", "markdown", "html", "pdf", "bibtex", "jsonresume"];

    public static readonly ObjectSpec Output = new("output", "One file to make from the CV.",
    [
        new("format", FieldType.Enum, "What to make.", true, "text") { Values = KnownFormats },
        new("path", FieldType.String, "Where to write it, relative to this file. Two outputs cannot write the same file, and no output may be one of the inputs (the CV or this file), compared as files, so a link to the CV is refused too: the same rule as every command's `-o`. Standard output (`-`) cannot be a build output.", true, "out/cv.txt"),
        new("variant", FieldType.String, "Which document: full (default), short, publications or talks.", false, "short"),
        new("options", FieldType.StringMap, "Format options, e.g. {width: 100, ascii: true}; see docs/build-config.md.", false, "{width: 100}"),
    ]);

    public static readonly ObjectSpec Root = new("build configuration", "A cvbuild.yaml file.",
    [
        new("cv", FieldType.String, "The CV YAML file, relative to this file.", true, "cv.yaml"),
        new("outputs", FieldType.ObjectList, "The files to make.", true) { Object = Output },
        new("create_directories", FieldType.Boolean,
            "`true` to create a missing folder of an output path. Default `false`: a missing folder is an error at that output's line (`cannot write 'out/cv.txt': directory 'out/' does not exist`), so a typo in a folder name is noticed instead of silently making a new folder.", false, "true"),
    ]);
}

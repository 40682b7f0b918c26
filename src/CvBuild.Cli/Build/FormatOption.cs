using System.Globalization;
using CvBuild.Core.Schema;

namespace CvBuild.Cli.Build;

/// <summary>
/// One option of an output format, declared once: its name (<c>since</c> in cvbuild.yaml, <c>--since</c> on the
/// command line), type, default, bounds or values, and help text. The command line, the build configuration
/// and docs/build-config.md all derive from it, so <c>pdf --since 12</c> and <c>text --since 12</c> fail alike.
/// </summary>
/// <param name="Name">The configuration key, snake_case.</param>
/// <param name="Type">Boolean, Integer, Enum or StringList.</param>
/// <param name="Default">What applies when the option is absent, as the docs show it.</param>
public sealed record FormatOption(string Name, FieldType Type, string Help, string Default, string Example)
{
    public IReadOnlyList<string> Values { get; init; } = [];
    /// <summary>What the help shows for the value: "year", "n".</summary>
    public string Placeholder { get; init; } = "value";
    public int? Min { get; init; }
    public int? Max { get; init; }

    /// <summary>"--page-size".</summary>
    public string CliName => "--" + Name.Replace('_', '-');

    /// <summary>The option as the configuration reader checks it.</summary>
    public FieldSpec Field => new(Name, Type, Help, false, Example) { Values = Values, Min = Min, Max = Max };

    /// <summary>The one check of a value's bounds and choices; null when it is acceptable.</summary>
    public string? Check(object value, string shownName) => value switch
    {
        int i when i < (Min ?? int.MinValue) || i > (Max ?? int.MaxValue) =>
            $"{shownName} must be from {Min?.ToString(CultureInfo.InvariantCulture)} to {Max?.ToString(CultureInfo.InvariantCulture)}, not {i.ToString(CultureInfo.InvariantCulture)}",
        string s when Values.Count > 0 && !Values.Contains(s) => $"{shownName} must be one of {string.Join(", ", Values)}, not '{s}'",
        _ => null,
    };

    public static FormatOption Flag(string name, string help) => new(name, FieldType.Boolean, help, "false", "true");

    public static FormatOption Choice(string name, string help, string @default, params string[] values) =>
        new(name, FieldType.Enum, help, @default, values[^1]) { Values = values };

    public static FormatOption Number(string name, string help, string @default, int min, int max, string example, string placeholder = "n") =>
        new(name, FieldType.Integer, help, @default, example) { Min = min, Max = max, Placeholder = placeholder };
}

namespace CvBuild.Cli.Build;

/// <summary>An output's option values, typed as their <see cref="FormatOption"/> says; absent options are missing.</summary>
public sealed class OptionValues(IReadOnlyDictionary<string, object> values)
{
    public static OptionValues None { get; } = new(new Dictionary<string, object>());

    /// <summary>The CV's file: a path the CV gives (design.theme) is relative to its folder. Null: the working directory.</summary>
    public string? CvPath { get; init; }

    /// <summary>
    /// The folder a path given as an option value is relative to: the working directory on the command line, the
    /// configuration's folder in a build. Null: the working directory.
    /// </summary>
    public string? OptionDirectory { get; init; }

    public bool Flag(string name) => values.TryGetValue(name, out var v) && (bool)v;
    public int? Integer(string name) => values.TryGetValue(name, out var v) ? (int)v : null;
    public string? Choice(string name) => values.TryGetValue(name, out var v) ? (string)v : null;
    public IReadOnlyList<string>? List(string name) => values.TryGetValue(name, out var v) ? (IReadOnlyList<string>)v : null;
}

namespace CvBuild.Cli.Build;

/// <summary>An output's option values, typed as their <see cref="FormatOption"/> says; absent options are missing.</summary>
public sealed class OptionValues(IReadOnlyDictionary<string, object> values)
{
    public static OptionValues None { get; } = new(new Dictionary<string, object>());

    public bool Flag(string name) => values.TryGetValue(name, out var v) && (bool)v;
    public int? Integer(string name) => values.TryGetValue(name, out var v) ? (int)v : null;
    public string? Choice(string name) => values.TryGetValue(name, out var v) ? (string)v : null;
    public IReadOnlyList<string>? List(string name) => values.TryGetValue(name, out var v) ? (IReadOnlyList<string>)v : null;
}

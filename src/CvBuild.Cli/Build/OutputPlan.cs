using CvBuild.Cli.Output;
using CvBuild.Core.Reading;

namespace CvBuild.Cli.Build;

/// <summary>One output to make: its configuration, its format, where it goes and how to name it to the user.</summary>
public sealed record PlannedOutput(OutputEntry Entry, IOutputFormat Format, OutputTarget Target, string DisplayPath)
{
    public string FullPath => Target.FullPath;
}

/// <summary>The outputs of a configuration with paths resolved against the configuration's folder.</summary>
public sealed record OutputPlan(string CvPath, IReadOnlyList<PlannedOutput> Outputs)
{
    public static OutputPlan From(BuildConfig config, string workingDirectory) => new(
        config.CvPath,
        config.Outputs.Select(o =>
        {
            var target = new OutputTarget(o.Path, config.Directory) { CreateDirectories = config.CreateDirectories };
            return new PlannedOutput(o, OutputFormats.Get(o.Format), target, Display(target.FullPath, workingDirectory));
        }).ToList());

    /// <summary>Paths below where the user stands are shown relative, as they would type them; others in full.</summary>
    public static string Display(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? fullPath : relative;
    }
}

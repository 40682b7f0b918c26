using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Core.Schema;

namespace CvBuild.Cli.Build;

/// <summary>
/// A kind of file that 'cvbuild build' can make: a name for the configuration, the variants and options
/// it accepts, and a pure function from the CV to the file's bytes.
/// </summary>
public interface IOutputFormat
{
    string Name { get; }
    OutputFormatSpec Spec { get; }
    /// <summary>The file's bytes; throws <see cref="OutputException"/> for a problem the user can fix.</summary>
    byte[] Render(Cv cv, OutputEntry entry);
}

/// <summary>An output that cannot be made from this CV with these options; the message is for the user.</summary>
public sealed class OutputException(string message) : Exception(message);

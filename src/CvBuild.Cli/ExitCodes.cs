namespace CvBuild.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The input has errors, or an output could not be made.</summary>
    public const int InvalidData = 1;
    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
    /// <summary>A bug: something failed that no input should cause.</summary>
    public const int Internal = 3;
}

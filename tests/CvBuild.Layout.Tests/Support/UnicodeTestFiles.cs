namespace CvBuild.Layout.Tests.Support;

/// <summary>
/// The Unicode conformance files as Debian's unicode-data package installs them (.ci/run installs it). A missing file
/// fails the test that needs it: the conformance tests never pass without their data.
/// </summary>
internal static class UnicodeTestFiles
{
    private const string Root = "/usr/share/unicode";

    public static string[] ReadLines(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        Assert.True(File.Exists(path), $"{path} is missing: install Debian's unicode-data package (apt-get install unicode-data)");
        return File.ReadAllLines(path);
    }
}

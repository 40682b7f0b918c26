namespace CvBuild.Pdf.Tests;

/// <summary>The example CV built once through the CLI, as a user would: <c>cvbuild pdf cv-data/cv.yaml -o ...</c>.</summary>
public sealed class ExamplePdfFixture : IDisposable
{
    private readonly TempFolder _dir = new();

    public ExamplePdfFixture()
    {
        var target = _dir.File("cv.pdf");
        var (exit, stdout, stderr) = CliRunner.Run("pdf", Repo.ExampleCv, "-o", target);
        Assert.True(exit == 0, $"cvbuild pdf failed ({exit}): {stderr}");
        Output = stdout;
        Bytes = File.ReadAllBytes(target);
    }

    public byte[] Bytes { get; }
    public string Output { get; }

    public void Dispose() => _dir.Dispose();
}

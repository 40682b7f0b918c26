using CvBuild.Cli;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;

namespace CvBuild.Core.Tests.Cli;

public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string TempFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cvbuild-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_on_the_example_exits_zero_with_a_summary()
    {
        var (code, output, error) = Run("check", ExamplePath);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.EndsWith("ok: 5 positions, 2 degrees, 10 awards, 17 publications, 3 patents, 48 talks, 4 teaching entries, 1 service role, 0 custom sections\n", output);
    }

    [Fact]
    public void Check_prints_compiler_style_errors_with_source_line_and_caret_and_exits_one()
    {
        var path = TempFile("person:\n  name: Ada\n  titel: X\n");
        var (code, _, error) = Run("check", path);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{path}:3:3: error: unknown field 'titel' in person; did you mean 'title'?\n  " +
            "  titel: X\n  " +
            "  ^\n" +
            "1 error, 0 warnings\n", error);
    }

    [Fact]
    public void Missing_file_is_an_error_not_a_stack_trace()
    {
        var (code, _, error) = Run("check", "/nonexistent/cv.yaml");
        Assert.Equal(1, code);
        Assert.StartsWith("/nonexistent/cv.yaml:0:0: error: file not found", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Usage_errors_exit_two()
    {
        Assert.Equal(2, Run("chek", "cv.yaml").Code);
        Assert.Equal(2, Run("check").Code);
        Assert.Equal(2, Run("check", "a.yaml", "--bogus").Code);
    }

    [Fact]
    public void Help_and_version_work_on_every_command()
    {
        Assert.Equal(0, Run("--version").Code);
        foreach (var command in CliApp.CreateRoot().Subcommands)
        {
            var (code, output, _) = Run(command.Name, "--help");
            Assert.Equal(0, code);
            Assert.Contains(command.Description!, output);
        }
    }

    [Fact]
    public void Init_writes_a_starter_that_passes_check_and_refuses_to_overwrite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cvbuild-init-{Guid.NewGuid():N}.yaml");
        try
        {
            Assert.Equal(0, Run("init", path).Code);
            var check = Run("check", path);
            Assert.Equal(0, check.Code);
            Assert.Equal("", check.Err);

            File.WriteAllText(path, "mine");
            var (code, _, error) = Run("init", path);
            Assert.Equal(1, code);
            Assert.Contains("already exists; use --force", error);
            Assert.Equal("mine", File.ReadAllText(path));

            Assert.Equal(0, Run("init", path, "--force").Code);
            Assert.NotEqual("mine", File.ReadAllText(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Schema_command_prints_draft_2020_12_json_schema()
    {
        var (code, output, _) = Run("schema");
        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
    }
}

using CvBuild.Cli;
using static CvBuild.TestSupport.CliRunner;

namespace CvBuild.Text.Tests;

/// <summary>'cvbuild build' and 'build --check' end to end, in a temporary folder.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Config(string yaml)
    {
        File.Copy(ExampleCv.CvPath, Path.Combine(_temp.Path, "cv.yaml"), overwrite: true);
        var path = Path.Combine(_temp.Path, "cvbuild.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }


    private const string TwoOutputs = """
        cv: cv.yaml
        create_directories: true
        outputs:
          - format: text
            path: out/cv.txt
            options: {width: 72, ascii: true}
          - format: markdown
            path: out/cv.md
            variant: short
        """;

    [Fact]
    public void Committed_example_outputs_are_fresh()
    {
        var (code, stdout, stderr) = Run("build", "--check", "--config", Path.Combine(ExampleCv.RepoRoot, "cv-data", "cvbuild.yaml"));
        Assert.True(code == 0, stdout + stderr + "\n(run 'cvbuild build --config cv-data/cvbuild.yaml' and commit cv-data/out/)");
    }

    /// <summary>The example CVs in cv-data/examples, each with its own cvbuild.yaml.</summary>
    public static TheoryData<string> ExampleConfigs()
    {
        var data = new TheoryData<string>();
        foreach (var config in Directory.GetFiles(Path.Combine(ExampleCv.RepoRoot, "cv-data", "examples"), "cvbuild.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(ExampleCv.RepoRoot, config));
        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleConfigs))]
    public void Every_example_cv_passes_check_without_warnings_and_its_committed_outputs_are_fresh(string config)
    {
        var path = Path.Combine(ExampleCv.RepoRoot, config);
        var cv = Path.Combine(Path.GetDirectoryName(path)!, "cv.yaml");
        var (checkCode, checkOut, checkErr) = Run("check", cv);
        Assert.True(checkCode == 0 && checkErr.Length == 0, checkOut + checkErr);
        var (code, stdout, stderr) = Run("build", "--check", "--config", path);
        Assert.True(code == 0, stdout + stderr + $"\n(run 'cvbuild build --config {config}' and commit its out/)");
    }

    [Fact]
    public void Build_writes_every_output_and_reports_size_and_time()
    {
        var config = Config(TwoOutputs);
        var (code, stdout, stderr) = Run("build", "--config", config);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Matches(@"wrote .*out/cv\.txt \(\d+\.\d kB\)", stdout);
        Assert.Matches(@"wrote .*out/cv\.md \(\d+\.\d kB\)", stdout);
        var text = File.ReadAllText(Path.Combine(_temp.Path, "out", "cv.txt"));
        Assert.All(text, c => Assert.True(c < 0x80));
        Assert.StartsWith("# Noam Razin", File.ReadAllText(Path.Combine(_temp.Path, "out", "cv.md")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_temp.Path, "out"), "*.tmp"));
    }

    [Fact]
    public void Check_passes_after_build_and_lists_stale_and_missing_outputs()
    {
        var config = Config(TwoOutputs);
        Assert.Equal(0, Run("build", "--config", config).Exit);
        var fresh = Run("build", "--check", "--config", config);
        Assert.Equal(0, fresh.Exit);
        Assert.Contains("all 2 outputs are up to date", fresh.Out);

        File.AppendAllText(Path.Combine(_temp.Path, "out", "cv.md"), "edited by hand\n");
        File.Delete(Path.Combine(_temp.Path, "out", "cv.txt"));
        var before = File.ReadAllText(Path.Combine(_temp.Path, "out", "cv.md"));
        var stale = Run("build", "--check", "--config", config);
        Assert.Equal(1, stale.Exit);
        Assert.Contains("missing " + Path.Combine(_temp.Path, "out", "cv.txt"), stale.Out);
        Assert.Contains("stale   " + Path.Combine(_temp.Path, "out", "cv.md"), stale.Out);
        Assert.Contains("2 of 2 outputs are out of date", stale.Err);
        // --check writes nothing.
        Assert.False(File.Exists(Path.Combine(_temp.Path, "out", "cv.txt")));
        Assert.Equal(before, File.ReadAllText(Path.Combine(_temp.Path, "out", "cv.md")));
    }

    [Fact]
    public void Check_fails_when_the_cv_changes()
    {
        var config = Config(TwoOutputs);
        Assert.Equal(0, Run("build", "--config", config).Exit);
        var cv = Path.Combine(_temp.Path, "cv.yaml");
        File.WriteAllText(cv, File.ReadAllText(cv).Replace("title: Zuckerman Postdoctoral Scholarship", "title: Zuckerman Postdoctoral Fellowship"));
        var result = Run("build", "--check", "--config", config);
        Assert.Equal(1, result.Exit);
        Assert.Contains("cv.txt", result.Out);
        Assert.Contains("cv.md", result.Out); // the short variant lists awards too
    }

    [Fact]
    public void Config_mistakes_are_reported_with_position_and_suggestion_and_nothing_is_written()
    {
        var config = Config("""
            cv: cv.yaml
            outputs:
              - format: text
                path: out/cv.txt
                varient: short
                options: {widht: 100}
              - format: pdf
                path: out/cv.pdf
                options: {page_size: a5}
            """);
        var (code, stdout, stderr) = Run("build", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains("cvbuild.yaml:5:5: error: unknown field 'varient' in output; did you mean 'variant'?", stderr);
        Assert.Contains("cvbuild.yaml:6:15: error: unknown field 'widht' in text options; did you mean 'width'?", stderr);
        Assert.Contains("cvbuild.yaml:9:26: error: 'page_size' must be one of a4, letter, not 'a5'", stderr);
        Assert.Contains("3 errors", stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "out")));
    }

    [Fact]
    public void Output_that_would_overwrite_the_cv_is_refused()
    {
        var config = Config("""
            cv: cv.yaml
            outputs:
              - {format: text, path: ./cv.yaml}
            """);
        var (code, _, stderr) = Run("build", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains("cvbuild.yaml:3:5: error: cannot write './cv.yaml': it is the input", stderr);
    }

    [Fact]
    public void Output_that_is_a_symbolic_link_to_the_cv_is_refused()
    {
        var config = Config("""
            cv: cv.yaml
            outputs:
              - {format: text, path: cv.txt}
            """);
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "cv.txt"), Path.Combine(_temp.Path, "cv.yaml"));
        var before = File.ReadAllText(Path.Combine(_temp.Path, "cv.yaml"));
        var (code, _, stderr) = Run("build", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains($"cannot write 'cv.txt': it is the input '{CvBuild.Cli.Build.OutputPlan.Display(Path.Combine(_temp.Path, "cv.yaml"), Environment.CurrentDirectory)}'", stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_temp.Path, "cv.yaml")));
    }

    [Fact]
    public void Missing_output_folder_is_an_error_at_the_output_unless_create_directories_is_set()
    {
        var config = Config("""
            cv: cv.yaml
            outputs:
              - {format: text, path: ouptut/cv.txt}
            """);
        var (code, stdout, stderr) = Run("build", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains("cvbuild.yaml:3:5: error: cannot write 'ouptut/cv.txt': directory 'ouptut/' does not exist", stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "ouptut")));

        File.WriteAllText(config, "create_directories: true\n" + File.ReadAllText(config));
        Assert.Equal(0, Run("build", "--config", config).Exit);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "ouptut", "cv.txt")));
    }

    [Fact]
    public void One_failing_output_does_not_stop_the_others()
    {
        var config = Config("""
            cv: cv.yaml
            create_directories: true
            outputs:
              - format: text
                path: out/bad.txt
                options: {sections: [educaton]}
              - format: markdown
                path: out/good.md
            """);
        var (code, stdout, stderr) = Run("build", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains("unknown section 'educaton'", stderr);
        Assert.Contains("1 of 2 outputs failed", stderr);
        Assert.Contains("good.md", stdout);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "out", "good.md")));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "out", "bad.txt")));
    }

    [Fact]
    public void Invalid_cv_fails_the_build_with_its_diagnostics()
    {
        var config = Config(TwoOutputs);
        File.WriteAllText(Path.Combine(_temp.Path, "cv.yaml"), "person:\n  nmae: Ada\n");
        var (code, _, stderr) = Run("build", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains("cv.yaml:2:3: error: unknown field 'nmae'", stderr);
    }

    [Fact]
    public void Missing_cv_is_reported_at_the_config_line_naming_it()
    {
        var config = Config("cv: cvv.yaml\noutputs:\n  - {format: text, path: out/cv.txt}\n");
        var (code, _, stderr) = Run("build", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains("cvbuild.yaml:1:5: error: the CV file 'cvv.yaml' does not exist", stderr);
    }

    [Fact]
    public void Missing_config_says_how_to_make_one()
    {
        var (code, _, stderr) = Run("build", "--config", Path.Combine(_temp.Path, "nope.yaml"));
        Assert.Equal(1, code);
        Assert.Contains("build configuration not found", stderr);
    }

    [Fact]
    public void Text_command_writes_beside_the_cv_and_to_stdout_with_dash()
    {
        Config(TwoOutputs);
        var cv = Path.Combine(_temp.Path, "cv.yaml");
        var (code, stdout, _) = Run("text", cv, "--variant", "talks", "--width", "60");
        Assert.Equal(0, code);
        Assert.Contains("wrote", stdout);
        Assert.Contains("Invited Talks", File.ReadAllText(Path.Combine(_temp.Path, "cv.txt")));
        var printed = Run("markdown", cv, "-o", "-", "--front-matter");
        Assert.StartsWith("---\nlayout: page\n", printed.Out);
    }

    [Fact]
    public void Text_command_rejects_a_too_small_width()
    {
        var (code, _, stderr) = Run("text", ExampleCv.CvPath, "--width", "5", "-o", "-");
        Assert.Equal(2, code);
        Assert.Contains("--width must be from", stderr);
    }

    [Fact]
    public void A_locale_file_named_in_cvbuild_yaml_is_found_beside_it_from_any_working_directory()
    {
        Assert.NotEqual(Path.GetFullPath(Directory.GetCurrentDirectory()), _temp.Path);
        var english = File.ReadAllText(Path.Combine(ExampleCv.RepoRoot, "src", "CvBuild.Presentation", "Strings", "en.yaml"));
        _temp.Write("words/mine.yaml", english.Replace("heading.education: \"Education\"", "heading.education: \"Studienzeit\"", StringComparison.Ordinal));
        var config = Config("""
            cv: cv.yaml
            create_directories: true
            outputs:
              - format: text
                path: out/cv.txt
                options: {locale: words/mine.yaml}
            """);
        var (code, stdout, stderr) = Run("build", "--config", config);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("STUDIENZEIT", File.ReadAllText(_temp.File("out/cv.txt")).ToUpperInvariant());
    }

    [Fact]
    public void Build_prints_one_written_line_per_file_and_quiet_prints_none()
    {
        var config = Config(TwoOutputs);
        var (code, stdout, _) = Run("build", "--config", config);
        Assert.Equal(0, code);
        Assert.Matches(@"^wrote .*out/cv\.txt \(\d+\.\d kB\)\nwrote .*out/cv\.md \(\d+\.\d kB\)\n$", stdout);
        (code, stdout, _) = Run("build", "--config", config, "--quiet");
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
    }
}

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
    public void Check_counts_grants_supervision_memberships_media_skills_and_languages_where_a_cv_has_them()
    {
        var path = TempFile("person:\n  name: Ada\ngrants:\n  - {title: Engines, funder: ERC, start: 2020}\nsupervision:\n  - {name: Mo, level: phd, start: 2021}\n  - {name: Pat, level: master, start: 2022}\n"
            + "memberships:\n  - {organization: LMS}\nmedia:\n  - {outlet: BBC, date: 2024}\nskills:\n  - {category: Code, items: [C]}\nlanguages:\n  - {language: French}\n");
        var (code, output, _) = Run("check", path);
        Assert.Equal(0, code);
        Assert.EndsWith("0 service roles, 1 grant, 2 supervised people, 1 membership, 1 media item, 1 skill group, 1 language, 0 custom sections\n", output);
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
    public void Missing_file_is_a_usage_error_in_one_plain_line()
    {
        var (code, _, error) = Run("check", "/nonexistent/cv.yaml");
        Assert.Equal(2, code);
        Assert.StartsWith("cvbuild: error: /nonexistent/cv.yaml: no such file\n", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Bare_cvbuild_prints_help_and_exits_two()
    {
        var (code, output, error) = Run();
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("Usage:", error);
        Assert.Contains("pdf", error);
    }

    [Theory]
    [InlineData("pdff", "cvbuild: did you mean 'pdf' instead of 'pdff'?")]
    [InlineData("chekc", "cvbuild: did you mean 'check' instead of 'chekc'?")]
    public void A_mistyped_command_gets_did_you_mean(string typed, string hint)
    {
        var (code, _, error) = Run(typed, ExamplePath);
        Assert.Equal(2, code);
        Assert.Contains(hint + "\n", error);
    }

    [Fact]
    public void A_mistyped_subcommand_gets_did_you_mean_and_the_full_command_for_help()
    {
        var (code, _, error) = Run("import", "jsonresum", "resume.json");
        Assert.Equal(2, code);
        Assert.Contains("cvbuild: did you mean 'jsonresume' instead of 'jsonresum'?\n", error);
        Assert.EndsWith("Run 'cvbuild import --help' for usage.\n", error);
        (code, _, error) = Run("import", "rendercv", "cv.yaml", "--quite");
        Assert.Equal(2, code);
        Assert.Contains("cvbuild: did you mean '--quiet' instead of '--quite'?\n", error);
        Assert.EndsWith("Run 'cvbuild import rendercv --help' for usage.\n", error);
    }

    [Fact]
    public void A_mistyped_option_gets_did_you_mean_from_its_command()
    {
        var (code, _, error) = Run("pdf", ExamplePath, "--sinse", "2020");
        Assert.Equal(2, code);
        Assert.Contains("cvbuild: did you mean '--since' instead of '--sinse'?\n", error);
        Assert.EndsWith("Run 'cvbuild pdf --help' for usage.\n", error);
    }

    [Theory]
    [InlineData("--since", "abc", "cvbuild: error: --since takes a whole number (year), not 'abc'.\n")]
    [InlineData("--since", "12", "cvbuild: error: --since must be from 1000 to 9999, not 12.\n")]
    [InlineData("--max-authors", "many", "cvbuild: error: --max-authors takes a whole number (n), not 'many'.\n")]
    public void A_bad_option_value_is_a_plain_usage_error(string option, string value, string message)
    {
        var (code, _, error) = Run("text", ExamplePath, option, value);
        Assert.Equal(2, code);
        Assert.StartsWith(message, error);
        Assert.DoesNotContain("System.", error);
    }

    [Fact]
    public void Usage_errors_exit_two()
    {
        Assert.Equal(2, Run("chek", "cv.yaml").Code);
        Assert.Equal(2, Run("check").Code);
        Assert.Equal(2, Run("check", "a.yaml", "--bogus").Code);
    }

    [Fact]
    public void A_command_line_parses_the_same_against_its_command_alone_as_against_the_whole_tree()
    {
        string[][] tails =
        [
            [], ["--help"], ["cv.yaml"], ["cv.yaml", "--bogus"], ["cv.yaml", "-o"], ["cv.yaml", "extra", "--quiet"],
            ["--variant", "nope", "cv.yaml"], ["--max-pages", "x", "cv.yaml"], ["list"], ["show", "classic"], ["bibtex"],
        ];
        foreach (var name in CliApp.CreateRoot().Subcommands.Select(c => c.Name))
        {
            foreach (var tail in tails)
            {
                string[] args = [name, .. tail];
                var whole = CliApp.CreateRoot().Parse(args);
                var alone = CliApp.CreateRoot(name).Parse(args);
                var shown = string.Join(" ", args);
                Assert.Equal(whole.CommandResult.Command.Name, alone.CommandResult.Command.Name);
                Assert.Equal(whole.Errors.Select(e => e.Message), alone.Errors.Select(e => e.Message));
                Assert.Equal(whole.UnmatchedTokens, alone.UnmatchedTokens);
                if (tail is ["--help"])
                {
                    var (a, b) = (new StringWriter(), new StringWriter());
                    whole.Invoke(new System.CommandLine.InvocationConfiguration { Output = a, Error = a });
                    alone.Invoke(new System.CommandLine.InvocationConfiguration { Output = b, Error = b });
                    Assert.True(a.ToString() == b.ToString(), $"help differs for '{shown}'");
                }
            }
        }
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

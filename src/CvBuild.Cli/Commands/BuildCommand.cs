using System.CommandLine;
using CvBuild.Cli.Build;

namespace CvBuild.Cli.Commands;

internal static class BuildCommand
{
    public static Option<string> ConfigOption() => new("--config", "-c")
    {
        Description = "The build configuration (see docs/build-config.md).",
        DefaultValueFactory = _ => "cvbuild.yaml",
    };

    public static Command Create()
    {
        var config = ConfigOption();
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 listing every output that is missing or differs from what the CV makes now.",
        };
        var quiet = CommonOptions.Quiet();
        var command = new Command("build", "Make every output listed in the build configuration.") { config, check, quiet };
        command.SetAction(parse =>
        {
            var runner = new BuildRunner(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, Environment.CurrentDirectory)
            {
                Quiet = parse.GetValue(quiet),
            };
            return runner.Run(parse.GetValue(config)!, parse.GetValue(check));
        });
        return command;
    }
}

using System.CommandLine;
using CvBuild.Cli.Output;

namespace CvBuild.Cli.Commands;

internal static class InitCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Where to write the starter CV.", DefaultValueFactory = _ => "cv.yaml" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var command = new Command("init", "Write a commented starter CV that passes 'cvbuild check'.") { path, force };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path)!;
            if (File.Exists(target) && !parse.GetValue(force))
            {
                parse.InvocationConfiguration.Error.WriteLine($"cvbuild: error: {target} already exists; use --force to overwrite it");
                return ExitCodes.InvalidData;
            }
            AtomicFile.WriteText(target, StarterText());
            parse.InvocationConfiguration.Output.WriteLine($"wrote {target}; edit it, then run 'cvbuild check {target}'");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static string StarterText()
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("CvBuild.Cli.Starter.yaml")
            ?? throw new InvalidOperationException("starter template missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.CommandLine;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;

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
            var target = new OutputTarget(parse.GetValue(path)!);
            var stdout = parse.InvocationConfiguration.Output;
            if (target.Refuses([], stdout, parse.InvocationConfiguration.Error)) return ExitCodes.InvalidData;
            if (!target.IsStandardOutput && File.Exists(target.FullPath) && !parse.GetValue(force))
            {
                parse.InvocationConfiguration.Error.WriteLine($"cvbuild: error: {target.Quoted} already exists; use --force to overwrite it");
                return ExitCodes.InvalidData;
            }
            target.WriteText(StarterText(), stdout);
            var shown = DiagnosticText.Escape(target.Given);
            if (!target.IsStandardOutput) stdout.WriteLine($"wrote {shown}; edit it, then run 'cvbuild check {shown}'");
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

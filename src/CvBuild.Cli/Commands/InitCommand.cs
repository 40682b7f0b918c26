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
        var quiet = CommonOptions.Quiet();
        var command = new Command("init", "Write a commented starter CV that passes 'cvbuild check'.") { path, force, quiet };
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
            var text = StarterText();
            target.WriteText(text, stdout);
            if (!target.IsStandardOutput && !parse.GetValue(quiet))
            {
                stdout.WriteLine(WrittenLine.Of(target.Given, "starter CV", System.Text.Encoding.UTF8.GetByteCount(text)));
                stdout.WriteLine($"edit it, then run 'cvbuild check {DiagnosticText.Escape(target.Given)}'");
            }
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

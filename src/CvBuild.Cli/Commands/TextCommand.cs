using System.CommandLine;
using CvBuild.Cli.Output;
using CvBuild.Core.Diagnostics;
using CvBuild.Text.PlainText;

namespace CvBuild.Cli.Commands;

internal static class TextCommand
{
    public static Command Create()
    {
        var file = CommonOptions.CvFile();
        var output = CommonOptions.Output("<cv>.txt");
        var width = new Option<int>("--width") { Description = "Line width in columns.", DefaultValueFactory = _ => 80 };
        width.Validators.Add(r =>
        {
            var w = r.GetValueOrDefault<int>();
            if (w is < PlainTextOptions.MinWidth or > PlainTextOptions.MaxWidth)
                r.AddError($"--width must be from {PlainTextOptions.MinWidth} to {PlainTextOptions.MaxWidth}.");
        });
        var ascii = new Option<bool>("--ascii") { Description = "Transliterate to plain ASCII (ü → u, — → --)." };
        var content = new TextOutputOptions();
        var command = new Command("text", "Write the CV as plain text, wrapped to a width.") { file, output, width, ascii };
        content.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var target = new OutputTarget(parse.GetValue(output) ?? CommonOptions.DefaultOutput(path, ".txt"));
            if (target.Refuses([path], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)) return ExitCodes.InvalidData;
            var cv = CvLoader.Load(path, parse.InvocationConfiguration.Error);
            if (cv is null) return ExitCodes.InvalidData;
            var text = PlainTextRenderer.Render(cv, new PlainTextOptions
            {
                Document = content.Read(parse),
                Width = parse.GetValue(width),
                Ascii = parse.GetValue(ascii),
            });
            return WriteOrPrint(target, text, parse.InvocationConfiguration.Output);
        });
        return command;
    }

    /// <summary>"-o -" prints to standard output, for pipes; anything else is written atomically and reported.</summary>
    public static int WriteOrPrint(OutputTarget target, string text, TextWriter stdout)
    {
        target.WriteText(text, stdout);
        if (!target.IsStandardOutput) stdout.WriteLine($"wrote {DiagnosticText.Escape(target.Given)}");
        return ExitCodes.Ok;
    }
}

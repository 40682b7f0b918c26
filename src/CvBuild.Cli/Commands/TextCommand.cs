using System.CommandLine;
using CvBuild.Cli.Output;
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
            var cv = CvLoader.Load(path, parse.InvocationConfiguration.Error);
            if (cv is null) return ExitCodes.InvalidData;
            var text = PlainTextRenderer.Render(cv, new PlainTextOptions
            {
                Document = content.Read(parse),
                Width = parse.GetValue(width),
                Ascii = parse.GetValue(ascii),
            });
            var target = parse.GetValue(output) ?? CommonOptions.DefaultOutput(path, ".txt");
            return WriteOrPrint(target, text, parse.InvocationConfiguration.Output);
        });
        return command;
    }

    /// <summary>"-o -" prints to standard output, for pipes; anything else is written atomically.</summary>
    public static int WriteOrPrint(string target, string text, TextWriter stdout)
    {
        if (target == "-")
        {
            stdout.Write(text);
            return ExitCodes.Ok;
        }
        AtomicFile.WriteText(target, text);
        stdout.WriteLine($"wrote {target}");
        return ExitCodes.Ok;
    }
}

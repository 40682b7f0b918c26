using System.CommandLine;
using CvBuild.Cli.Output;
using CvBuild.Text.Markdown;

namespace CvBuild.Cli.Commands;

internal static class MarkdownCommand
{
    public static Command Create()
    {
        var file = CommonOptions.CvFile();
        var output = CommonOptions.Output("<cv>.md");
        var frontMatter = new Option<bool>("--front-matter") { Description = "Begin with Jekyll front matter (layout: page, title)." };
        var content = new TextOutputOptions();
        var command = new Command("markdown", "Write the CV as GitHub-flavoured Markdown.") { file, output, frontMatter };
        content.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var target = new OutputTarget(parse.GetValue(output) ?? CommonOptions.DefaultOutput(path, ".md"));
            if (target.Refuses([path], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)) return ExitCodes.InvalidData;
            var cv = CvLoader.Load(path, parse.InvocationConfiguration.Error);
            if (cv is null) return ExitCodes.InvalidData;
            var text = MarkdownRenderer.Render(cv, new MarkdownOptions
            {
                Document = content.Read(parse),
                FrontMatter = parse.GetValue(frontMatter),
            });
            return TextCommand.WriteOrPrint(target, text, parse.InvocationConfiguration.Output);
        });
        return command;
    }
}

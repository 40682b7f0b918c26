using System.CommandLine;
using CvBuild.Pdf.Theming;

namespace CvBuild.Cli.Commands;

/// <summary>
/// <c>cvbuild theme list</c> and <c>cvbuild theme show NAME</c>: the built-in PDF themes, printed as the YAML they are
/// made of, so a user can copy one into a file, edit it and name that file in design.theme.
/// </summary>
internal static class ThemeCommand
{
    public static Command Create()
    {
        var command = new Command("theme", "The built-in PDF themes: list them, or print one as YAML to copy and edit (see docs/themes.md).");
        var list = new Command("list", "List the built-in themes.");
        list.SetAction(parse =>
        {
            foreach (var name in BuiltInThemes.Names) parse.InvocationConfiguration.Output.WriteLine(name);
            return ExitCodes.Ok;
        });
        var name = new Argument<string>("name") { Description = "A built-in theme: " + string.Join(", ", BuiltInThemes.Names) + "." };
        name.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } v && !BuiltInThemes.IsBuiltIn(v))
                r.AddError($"'{v}' is not a built-in theme; the built-in themes are {string.Join(", ", BuiltInThemes.Names)}.");
        });
        var show = new Command("show", "Print a built-in theme's YAML file (redirect it to a file to start your own).") { name };
        show.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(BuiltInThemes.Source(parse.GetValue(name)!));
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        return command;
    }
}

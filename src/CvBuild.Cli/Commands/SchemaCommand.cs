using System.CommandLine;
using CvBuild.Core.Schema;

namespace CvBuild.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the CV format, for editor completion and checks.");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(JsonSchemaWriter.Write());
            return ExitCodes.Ok;
        });
        return command;
    }
}

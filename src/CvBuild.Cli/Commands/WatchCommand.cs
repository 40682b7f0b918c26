using System.CommandLine;
using System.Runtime.InteropServices;
using CvBuild.Cli.Build;

namespace CvBuild.Cli.Commands;

internal static class WatchCommand
{
    public static Command Create()
    {
        var config = BuildCommand.ConfigOption();
        var quiet = CommonOptions.Quiet();
        var command = new Command("watch", "Build, then rebuild on every save of the CV or the build configuration (Ctrl+C to stop).") { config, quiet };
        command.SetAction(async (parse, cancel) =>
        {
            // Ctrl+C and SIGTERM end the watch cleanly (exit 0) instead of killing the process mid-write.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var watcher = new BuildWatcher(parse.GetValue(config)!, parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error, Environment.CurrentDirectory, TimeProvider.System)
            {
                QuietWrites = parse.GetValue(quiet),
            };
            return await watcher.RunAsync(stop.Token).ConfigureAwait(false);
        });
        return command;
    }
}

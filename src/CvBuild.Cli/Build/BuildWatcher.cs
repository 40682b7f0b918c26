using System.Threading.Channels;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Files;

namespace CvBuild.Cli.Build;

/// <summary>
/// Rebuilds whenever the configuration or the CV is saved. Watches the folders that hold them (not the files:
/// editors save by writing a temporary file and renaming it over the original, which a watch on the file
/// itself would lose), keeps only events naming an input, and debounces bursts into one rebuild.
/// A failed build is reported and watching goes on.
/// </summary>
public sealed class BuildWatcher(string configPath, TextWriter stdout, TextWriter stderr, string workingDirectory, TimeProvider time) : IDisposable
{
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private HashSet<string> _inputs = new(StringComparer.Ordinal);

    public TimeSpan Quiet { get; init; } = Debouncer.DefaultQuiet;
    public TimeSpan LongestWait { get; init; } = Debouncer.DefaultLongestWait;
    /// <summary>--quiet: no line per written file.</summary>
    public bool QuietWrites { get; init; }

    /// <summary>Called after every build with its exit code (tests wait on it).</summary>
    public event Action<int>? Built;

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        var debouncer = new Debouncer(Quiet, LongestWait);
        Build();
        stdout.WriteLine($"watching {string.Join(", ", _inputs.Select(p => DiagnosticText.Escape(OutputPlan.Display(p, workingDirectory))))}; press Ctrl+C to stop");
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var wait = debouncer.DueAt is { } due ? Max(TimeSpan.Zero, due - time.GetUtcNow()) : Timeout.InfiniteTimeSpan;
                var signal = _events.Reader.WaitToReadAsync(cancel).AsTask();
                if (wait != Timeout.InfiniteTimeSpan)
                    await Task.WhenAny(signal, Task.Delay(wait, time, cancel)).ConfigureAwait(false);
                else
                    await signal.ConfigureAwait(false);
                cancel.ThrowIfCancellationRequested();
                while (_events.Reader.TryRead(out _)) debouncer.Signal(time.GetUtcNow());
                if (debouncer.TryFire(time.GetUtcNow()))
                {
                    stdout.WriteLine($"[{time.GetLocalNow():HH:mm:ss}] change detected, rebuilding");
                    Build();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        stdout.WriteLine("stopped watching");
        return ExitCodes.Ok;
    }

    private void Build()
    {
        var runner = new BuildRunner(stdout, stderr, workingDirectory) { Quiet = QuietWrites };
        int code;
        try
        {
            code = runner.Run(configPath, check: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file caught mid-save: report it; the save's own event brings the next build.
            stderr.WriteLine("error: " + IoErrors.Describe(ex));
            code = ExitCodes.InvalidData;
        }
        if (code != ExitCodes.Ok) stderr.WriteLine("build failed; waiting for the next save");
        Watch(runner.Inputs);
        Built?.Invoke(code);
    }

    /// <summary>(Re)points the watchers at the inputs' folders; the CV file can change when the config does.</summary>
    private void Watch(IReadOnlyList<string> inputs)
    {
        var wanted = new HashSet<string>(inputs, StringComparer.Ordinal);
        if (wanted.SetEquals(_inputs)) return;
        _inputs = wanted;
        foreach (var w in _watchers) w.Dispose();
        _watchers.Clear();
        foreach (var dir in wanted.Select(Path.GetDirectoryName).Distinct())
        {
            if (dir is null || !Directory.Exists(dir)) continue;
            var watcher = new FileSystemWatcher(dir)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            watcher.Changed += (_, e) => Offer(e.FullPath);
            watcher.Created += (_, e) => Offer(e.FullPath);
            watcher.Renamed += (_, e) => Offer(e.FullPath);
            // Lost events (buffer overflow): rebuild rather than miss a save.
            watcher.Error += (_, _) => _events.Writer.TryWrite("");
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Offer(string path)
    {
        if (_inputs.Contains(Path.GetFullPath(path))) _events.Writer.TryWrite(path);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _watchers.Clear();
    }
}

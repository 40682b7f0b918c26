using System.Collections.Concurrent;
using CvBuild.Cli.Build;

namespace CvBuild.Text.Tests;

/// <summary>The watch loop against the real file system; bounded waits, no fixed sleeps.</summary>
public sealed class BuildWatcherTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // A save can arrive as more than one burst of events on a slow machine; wait for the build that matters.
    private static bool NextBuild(BlockingCollection<int> builds, int code, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
            if (builds.TryTake(out var c, deadline - DateTime.UtcNow) && c == code) return true;
        return false;
    }

    [Fact]
    public async Task Rebuilds_after_a_rename_save_reports_errors_and_stops_cleanly()
    {
        var cv = Path.Combine(_temp.Path, "cv.yaml");
        File.Copy(ExampleCv.CvPath, cv);
        var config = Path.Combine(_temp.Path, "cvbuild.yaml");
        File.WriteAllText(config, "cv: cv.yaml\ncreate_directories: true\noutputs:\n  - {format: text, path: out/cv.txt}\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var builds = new BlockingCollection<int>();
        using var watcher = new BuildWatcher(config, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), _temp.Path, TimeProvider.System)
        {
            Quiet = TimeSpan.FromMilliseconds(50),
        };
        watcher.Built += builds.Add;
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => watcher.RunAsync(stop.Token));
        var timeout = TimeSpan.FromSeconds(20);

        Assert.True(builds.TryTake(out var first, timeout));
        Assert.Equal(0, first);

        // Save the way editors do: write a temporary file, rename it over the original.
        var temp = Path.Combine(_temp.Path, ".cv.yaml.tmp");
        File.WriteAllText(temp, File.ReadAllText(cv).Replace("Zuckerman Postdoctoral Scholarship", "Zuckerman Prize"));
        File.Move(temp, cv, overwrite: true);
        Assert.True(NextBuild(builds, 0, timeout));
        Assert.Contains("Zuckerman Prize", File.ReadAllText(Path.Combine(_temp.Path, "out", "cv.txt")));

        // A broken save is reported and watching goes on.
        File.WriteAllText(cv, "person: [\n");
        Assert.True(NextBuild(builds, 1, timeout));
        Assert.Contains("build failed; waiting for the next save", stderr.ToString());

        stop.Cancel();
        Assert.Equal(0, await run.WaitAsync(timeout));
        Assert.Contains("stopped watching", stdout.ToString());
    }

    [Fact]
    public async Task Rebuilds_when_a_bib_named_by_publications_from_or_an_included_file_changes()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "refs"));
        var bib = Path.Combine(_temp.Path, "refs", "papers.bib");
        File.WriteAllText(bib, "@article{a1, author = {Lovelace, Ada}, title = {First Title}, journal = {J}, year = 1843}\n");
        var part = Path.Combine(_temp.Path, "talks.yaml");
        File.WriteAllText(part, "talks:\n  - {date: 2024, event: Royal Society}\n");
        File.WriteAllText(Path.Combine(_temp.Path, "cv.yaml"), "person:\n  name: Ada Lovelace\ninclude: [talks.yaml]\npublications_from: [refs/papers.bib]\n");
        var config = Path.Combine(_temp.Path, "cvbuild.yaml");
        File.WriteAllText(config, "cv: cv.yaml\ncreate_directories: true\noutputs:\n  - {format: text, path: out/cv.txt}\n");
        var builds = new BlockingCollection<int>();
        using var watcher = new BuildWatcher(config, TextWriter.Synchronized(new StringWriter()), TextWriter.Synchronized(new StringWriter()), _temp.Path, TimeProvider.System)
        {
            Quiet = TimeSpan.FromMilliseconds(50),
        };
        watcher.Built += builds.Add;
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => watcher.RunAsync(stop.Token));
        var timeout = TimeSpan.FromSeconds(20);
        var output = Path.Combine(_temp.Path, "out", "cv.txt");

        Assert.True(NextBuild(builds, 0, timeout));
        Assert.Contains("First Title", File.ReadAllText(output));

        File.WriteAllText(bib, "@article{a1, author = {Lovelace, Ada}, title = {Second Title}, journal = {J}, year = 1843}\n");
        Assert.True(NextBuild(builds, 0, timeout));
        Assert.Contains("Second Title", File.ReadAllText(output));

        File.WriteAllText(part, "talks:\n  - {date: 2024, event: Academy of Sciences}\n");
        Assert.True(NextBuild(builds, 0, timeout));
        Assert.Contains("Academy of Sciences", File.ReadAllText(output));

        stop.Cancel();
        Assert.Equal(0, await run.WaitAsync(timeout));
    }
}

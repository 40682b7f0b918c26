using System.Diagnostics;
using System.Net.Sockets;
using CvBuild.Core.Files;
using CvBuild.Core.Tests.Cli;
using static CvBuild.TestSupport.CliRunner;

namespace CvBuild.Core.Tests.Files;

/// <summary>Every input is read through one bounded reader that refuses anything but a regular file, fast.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Fifo()
    {
        var path = _dir.File("pipe");
        using var mkfifo = Process.Start("mkfifo", [path])!;
        Assert.True(mkfifo.WaitForExit(10_000));
        return path;
    }

    [Theory]
    [InlineData("/dev/zero", "a character device")]
    [InlineData("/dev/urandom", "a character device")]
    [InlineData("/tmp", "a directory")]
    public void Special_files_are_refused_by_kind_without_reading(string path, string kind)
    {
        var clock = Stopwatch.StartNew();
        var read = InputFile.Read(path, 1024 * 1024, "a YAML CV");
        Assert.Null(read.Bytes);
        Assert.Equal($"this is {kind}, not a file; give the path of a YAML CV", read.Problem);
        Assert.True(clock.ElapsedMilliseconds < 2000);
    }

    [Fact]
    public async Task A_named_pipe_with_no_writer_is_refused_at_once_instead_of_hanging()
    {
        var fifo = Fifo();
        // WaitAsync throws TimeoutException if the read hangs, failing the test instead of the run.
        var read = await Task.Run(() => InputFile.Read(fifo, 1024, "a YAML CV")).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("this is a named pipe (FIFO), not a file; give the path of a YAML CV", read.Problem);
    }

    [Fact]
    public void A_socket_is_refused()
    {
        var path = _dir.File("s.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        Assert.Equal("this is a socket, not a file; give the path of a .bib file", InputFile.Read(path, 1024, "a .bib file").Problem);
    }

    [Fact]
    public void Reading_stops_at_the_cap_whatever_the_size_and_a_file_at_the_cap_is_read_whole()
    {
        var exact = _dir.Write("exact.yaml", new string('x', 100));
        Assert.Equal(100, InputFile.Read(exact, 100, "a YAML CV").Bytes!.Length);
        var over = _dir.Write("over.yaml", new string('x', 101));
        Assert.Equal("the file is larger than 100 bytes, the limit for a YAML CV", InputFile.Read(over, 100, "a YAML CV").Problem);
        Assert.Equal([], InputFile.Read(_dir.Write("empty.yaml", ""), 100, "a YAML CV").Bytes!);
    }

    [Fact]
    public void A_file_that_reports_size_zero_but_has_content_is_still_capped()
    {
        // /proc files claim size 0; the cap must hold on the bytes actually read.
        var read = InputFile.Read("/proc/self/maps", 16, "a YAML CV");
        Assert.Equal("the file is larger than 16 bytes, the limit for a YAML CV", read.Problem);
    }

    [Fact]
    public void Missing_file_and_missing_folder_say_not_found()
    {
        Assert.True(InputFile.Read(_dir.File("nope.yaml"), 10, "a YAML CV").NotFound);
        Assert.True(InputFile.Read(_dir.File("no/such/cv.yaml"), 10, "a YAML CV").NotFound);
    }

    [Fact]
    public async Task Every_command_reports_a_special_input_in_one_line_and_exits_one()
    {
        var fifo = Fifo();
        string[][] commands =
        [
            ["check", "{0}"], ["text", "{0}", "-o", "-"], ["markdown", "{0}", "-o", "-"], ["bibtex", "{0}", "-o", "-"],
            ["pdf", "{0}", "-o", _dir.File("cv.pdf")], ["import", "bibtex", "{0}"], ["build", "--config", "{0}"],
        ];
        foreach (var input in new[] { "/dev/zero", fifo, _dir.Path })
        {
            foreach (var command in commands)
            {
                var args = command.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, input)).ToArray();
                var (code, stdout, stderr) = await Task.Run(() => Run(args)).WaitAsync(TimeSpan.FromSeconds(30));
                Assert.True(code == 1, $"{string.Join(' ', args)} exited {code}: {stderr}");
                Assert.Equal("", stdout);
                Assert.StartsWith($"{input}:0:0: error: this is a", stderr);
                Assert.Contains(", not a file; give the path of ", stderr);
            }
        }
    }
}

using System.Diagnostics;
using CvBuild.Cli;
using CvBuild.Cli.Output;
using static CvBuild.Core.Tests.Cli.CliRun;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;

namespace CvBuild.Core.Tests.Cli;

/// <summary>The one output rule, through every command that writes a file.</summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly string _cv;

    public OutputTargetTests()
    {
        _cv = _dir.File("cv.yaml");
        File.Copy(ExamplePath, _cv);
    }

    public void Dispose() => _dir.Dispose();

    private const string Bib = "@article{a, author = {Ada Lovelace}, title = {Notes}, journal = {J}, year = {1843}}\n";

    /// <summary>Each command that writes a file, with its input first; "{out}" is replaced by the output path.</summary>
    private IEnumerable<string[]> Commands(string output)
    {
        yield return ["text", _cv, "-o", output];
        yield return ["markdown", _cv, "-o", output];
        yield return ["bibtex", _cv, "-o", output];
        yield return ["pdf", _cv, "-o", output];
    }

    [Fact]
    public void Every_command_refuses_to_write_over_its_input_by_name_symbolic_link_or_hard_link()
    {
        var original = File.ReadAllBytes(_cv);
        File.CreateSymbolicLink(_dir.File("link.yaml"), _cv);
        Assert.Equal(0, Run("text", _cv, "-o", _dir.File("other.txt")).Code);
        var hard = _dir.File("hard.yaml");
        Assert.True(Process.Start("ln", [_cv, hard])!.WaitForExit(10_000));
        foreach (var output in new[] { _cv, _dir.File("link.yaml"), hard, _dir.File("./sub/../cv.yaml") })
        {
            foreach (var args in Commands(output))
            {
                var (code, stdout, stderr) = Run(args);
                Assert.True(code == ExitCodes.InvalidData, $"{string.Join(' ', args)}: {code} {stderr}");
                Assert.Equal("", stdout);
                Assert.Equal($"cvbuild: error: cannot write '{output}': it is the input '{_cv}', which would be overwritten; choose another output path\n", stderr);
                Assert.Equal(original, File.ReadAllBytes(_cv));
            }
        }
    }

    [Fact]
    public void No_command_writes_over_the_locale_or_theme_file_the_cv_names()
    {
        var locale = _dir.Write("my-locale.yaml", PresentationStringsFile());
        var theme = _dir.Write("my-theme.yaml", "name: mine\n");
        var cv = _dir.Write("named.yaml", "person: {name: Locale Owner}\nsettings:\n  locale: my-locale.yaml\n  design: {theme: my-theme.yaml}\n"
            + "talks: [{date: 2020, event: Seminar}]\n");
        var (localeBefore, themeBefore) = (File.ReadAllBytes(locale), File.ReadAllBytes(theme));
        foreach (var target in new[] { locale, theme })
            foreach (var command in new[] { "text", "markdown", "bibtex", "pdf", "html" })
            {
                var (code, stdout, stderr) = Run(command, cv, "-o", target);
                Assert.True(code == ExitCodes.InvalidData, $"{command} -o {target}: {code} {stderr}");
                Assert.Equal("", stdout);
                Assert.Contains("it is the input", stderr);
            }
        Assert.Equal(localeBefore, File.ReadAllBytes(locale));
        Assert.Equal(themeBefore, File.ReadAllBytes(theme));
    }

    [Fact]
    public void A_build_output_may_not_overwrite_a_theme_that_another_output_reads()
    {
        var theme = _dir.Write("pdf-theme.yaml", "name: mine\n");
        _dir.Write("plain.yaml", "person: {name: Theme Owner}\ntalks: [{date: 2020, event: Seminar}]\n");
        var config = _dir.Write("cvbuild.yaml", "cv: plain.yaml\noutputs:\n  - {format: pdf, path: cv.pdf, options: {theme: pdf-theme.yaml}}\n  - {format: text, path: pdf-theme.yaml}\n");
        var before = File.ReadAllBytes(theme);
        var (code, _, stderr) = Run("build", "--config", config);
        Assert.True(code == ExitCodes.InvalidData, stderr);
        Assert.Contains("pdf-theme.yaml", stderr);
        Assert.Contains("it is the input", stderr);
        Assert.Equal(before, File.ReadAllBytes(theme));
        Assert.False(File.Exists(_dir.File("cv.pdf")), "nothing is written when one output would overwrite an input");
    }

    /// <summary>A user's locale file: a copy of the built-in English strings.</summary>
    private static string PresentationStringsFile()
    {
        using var stream = typeof(CvBuild.Presentation.Strings.PresentationStrings).Assembly.GetManifestResourceStream(
            typeof(CvBuild.Presentation.Strings.PresentationStrings).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("en.yaml", StringComparison.Ordinal)))!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void Import_refuses_to_replace_the_bib_it_reads()
    {
        var bib = _dir.Write("refs.bib", Bib + "@article{broken, title = {unclosed\n");
        var (code, stdout, stderr) = Run("import", "bibtex", bib, "-o", bib);
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Equal("", stdout);
        Assert.Contains("it is the input", stderr);
        Assert.EndsWith("{unclosed\n", File.ReadAllText(bib));
    }

    [Fact]
    public void Missing_parent_directory_is_one_line_naming_the_path_given_and_is_not_created()
    {
        var output = Path.Combine(_dir.Path, "ouptut", "cv.txt");
        foreach (var args in Commands(output).Append(["import", "bibtex", _dir.Write("refs.bib", Bib), "-o", output]))
        {
            var (code, _, stderr) = Run(args);
            Assert.Equal(ExitCodes.InvalidData, code);
            Assert.Equal($"cvbuild: error: cannot write '{output}': directory '{_dir.Path}/ouptut/' does not exist\n", stderr);
        }
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "ouptut")));
    }

    [Fact]
    public void A_directory_a_device_or_a_pipe_as_output_is_refused_and_left_alone()
    {
        var folder = Directory.CreateDirectory(_dir.File("out")).FullName;
        var fifo = _dir.File("pipe");
        Assert.True(Process.Start("mkfifo", [fifo])!.WaitForExit(10_000));
        foreach (var (output, what) in new[] { (folder, "it is a directory"), ("/dev/null", "it is a character device, not a regular file"), (fifo, "it is a named pipe (FIFO)") })
        {
            foreach (var args in Commands(output))
            {
                var (code, _, stderr) = Run(args);
                Assert.Equal(ExitCodes.InvalidData, code);
                Assert.StartsWith($"cvbuild: error: cannot write '{output}': {what}", stderr);
                Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        Assert.True(Directory.Exists(folder));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Assert.Equal(CvBuild.Core.Files.FileKind.CharacterDevice, CvBuild.Core.Files.FileNode.Of("/dev/null").Kind);
    }

    [Fact]
    public void An_output_name_of_250_characters_is_written_and_leaves_no_temporary_file()
    {
        var name = new string('a', 246) + ".txt";
        var (code, stdout, stderr) = Run("text", _cv, "-o", _dir.File(name));
        Assert.True(code == 0, stderr);
        Assert.Matches($@"^wrote {System.Text.RegularExpressions.Regex.Escape(_dir.File(name))} \(\d+\.\d KB\)\n$", stdout);
        Assert.Equal([name, "cv.yaml"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Temporary_names_are_short_unpredictable_hidden_and_beside_the_target()
    {
        var names = new List<string>();
        var target = new OutputTarget(_dir.File("cv.txt"))
        {
            OpenTemporary = path =>
            {
                names.Add(path);
                return new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            },
        };
        for (var i = 0; i < 20; i++) target.WriteText("x", TextWriter.Null);
        Assert.Equal(20, names.Distinct().Count());
        Assert.All(names, n =>
        {
            Assert.Equal(_dir.Path, Path.GetDirectoryName(n));
            Assert.Matches(@"^\.cvbuild-[a-z2-7]{13}\.tmp$", Path.GetFileName(n));
        });
    }

    [Fact]
    public void The_temporary_file_is_never_opened_through_a_symbolic_link_or_over_an_existing_file()
    {
        var victim = _dir.Write("victim.txt", "keep me");
        var planted = _dir.File(".planted.tmp");
        File.CreateSymbolicLink(planted, victim);
        var dangling = _dir.File(".dangling.tmp");
        File.CreateSymbolicLink(dangling, _dir.File("nowhere.txt"));
        var opener = new OutputTarget(_dir.File("cv.txt")).OpenTemporary;
        Assert.ThrowsAny<IOException>(() => opener(planted));
        Assert.ThrowsAny<IOException>(() => opener(dangling));
        Assert.ThrowsAny<IOException>(() => opener(victim));
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.False(File.Exists(_dir.File("nowhere.txt")));
    }

    [Fact]
    public void A_write_that_fails_midway_keeps_the_previous_file_removes_its_temporary_and_names_only_the_given_path()
    {
        var output = _dir.Write("cv.txt", "previous");
        string? temp = null;
        var target = new OutputTarget("cv.txt", _dir.Path)
        {
            OpenTemporary = path =>
            {
                temp = path;
                return new FailingStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write), new IOException("disk full", 28));
            },
        };
        var ex = Assert.Throws<CannotWriteException>(() => target.WriteText(new string('x', 100_000), TextWriter.Null));
        Assert.Equal("cannot write 'cv.txt': no space left on the device", ex.Message);
        Assert.Equal("previous", File.ReadAllText(output));
        Assert.False(File.Exists(temp));

        var denied = new OutputTarget("cv.txt", _dir.Path) { OpenTemporary = _ => throw new UnauthorizedAccessException("Access to the path '/x/.cvbuild-abc.tmp' is denied.") };
        Assert.Equal("cannot write 'cv.txt': permission denied", Assert.Throws<CannotWriteException>(() => denied.WriteText("x", TextWriter.Null)).Message);
    }

    [Fact]
    public void Dash_means_standard_output_for_every_command_that_writes_text()
    {
        Assert.StartsWith("Noam Razin\n", Run("text", _cv, "-o", "-").Out);
        Assert.StartsWith("# Noam Razin", Run("markdown", _cv, "-o", "-").Out);
        var bib = Run("bibtex", _cv, "-o", "-");
        Assert.StartsWith("% Exported by cvbuild", bib.Out);
        Assert.Contains("\n@inproceedings{", bib.Out);
        Assert.Contains("publications", bib.Err);
        Assert.Contains("\npublications:\n  - kind: journal\n    title: Notes\n", Run("import", "bibtex", _dir.Write("refs.bib", Bib), "-o", "-").Out);
        Assert.Contains("name: Ada Lovelace", Run("init", "-").Out);
        Assert.Equal(["cv.yaml", "refs.bib"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Empty_paths_are_one_clear_line_not_an_internal_error()
    {
        foreach (var args in Commands("").Append(["init", ""]))
        {
            var (code, _, stderr) = Run(args);
            Assert.Equal(ExitCodes.InvalidData, code);
            Assert.Equal("cvbuild: error: the output path is empty; name a file, or '-' for standard output\n", stderr);
        }
        var (inputCode, _, inputError) = Run("text", "", "-o", _dir.File("cv.txt"));
        Assert.Equal(ExitCodes.InvalidData, inputCode);
        Assert.StartsWith(":0:0: error: file not found", inputError);
    }

    [Fact]
    public void A_build_output_cannot_be_standard_output()
    {
        var config = _dir.Write("cvbuild.yaml", "cv: cv.yaml\noutputs:\n  - {format: text, path: '-'}\n");
        var (code, stdout, stderr) = Run("build", "--config", config);
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Equal("", stdout);
        Assert.Contains("cvbuild.yaml:3:5: error: an output of a build cannot be standard output ('-'); name a file", stderr);
    }

    [Fact]
    public void Pdf_to_standard_output_is_the_pdf_alone()
    {
        var (code, bytes, stderr) = RunBinary("pdf", _cv, "-o", "-");
        Assert.True(code == 0, stderr);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.EndsWith("%%EOF\n", System.Text.Encoding.Latin1.GetString(bytes[^8..]));
        Assert.StartsWith("wrote - (", stderr);
    }

    [Fact]
    public void Pdf_refuses_to_write_to_a_terminal()
    {
        // script(1) (util-linux, in every Debian) runs the real executable with a pseudo-terminal as standard output.
        var dll = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo("script", ["-qec", $"dotnet '{dll}' pdf '{_cv}' -o -", "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(ExitCodes.InvalidData, process.ExitCode);
        Assert.Contains("refusing to write a PDF to the terminal", output);
        Assert.DoesNotContain("%PDF", output);
    }

    /// <summary>Writes some bytes through, then fails the way a full disk does.</summary>
    private sealed class FailingStream(Stream inner, Exception failure) : Stream
    {
        private long _written;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written;
        public override long Position { get => _written; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, Math.Max(0, 1000 - _written));
            inner.Write(buffer, offset, n);
            _written += n;
            if (n < count) throw failure;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}

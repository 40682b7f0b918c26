using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;
using static CvBuild.TestSupport.CliRunner;

namespace CvBuild.Core.Tests.Cli;

/// <summary>
/// The law "no input, however strange, makes cvbuild fail with exit 3 or an unhandled exception", checked on
/// mutants of the example CV and of a .bib fixture through the CLI entry point in-process. A bounded,
/// seeded run for CI (CVBUILD_FUZZ_SEED and CVBUILD_FUZZ_CASES change it); fuzz/README.md describes the
/// long coverage-guided run with SharpFuzz and afl++ before a release.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static readonly string[] Tokens =
    [
        "&a ", "*a", "*zz", "!!python/object:os.system ", "!custom ", "\t", "\u202E", "\u0000", "\u001B[2J", "\u0085", ": ", "- ", "\"", "'",
        "|\n", ">-\n", "{", "}", "[", "]", "#", "%YAML 1.1\n", "---\n", "...\n", "２０２１", "NaN", ".inf", "0000", "2021-02-30", "? ", "<<: *a\n",
        "\\", "\\x", "\\u12", "\r", "\uFEFF", "😀", "\uD800",
    ];

    /// <summary>One mutant: what was done (to reproduce it) and the bytes.</summary>
    internal static (string What, byte[] Bytes) Mutate(byte[] original, Random random, int maxNesting)
    {
        var bytes = original.ToList();
        var at = random.Next(bytes.Count + 1);
        switch (random.Next(7))
        {
            case 0:
                var flips = random.Next(1, 9);
                for (var i = 0; i < flips && bytes.Count > 0; i++) bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8));
                return ($"{flips} bit flips", bytes.ToArray());
            case 1:
                return ($"truncated at {at}", bytes.Take(at).ToArray());
            case 2:
                var length = random.Next(1, Math.Min(4096, Math.Max(2, bytes.Count - at)));
                var slice = bytes.Skip(at).Take(length).ToList();
                var to = random.Next(bytes.Count + 1);
                bytes.InsertRange(to, slice);
                return ($"{slice.Count} bytes at {at} duplicated to {to}", bytes.ToArray());
            case 3:
                var removed = Math.Min(random.Next(1, 2048), bytes.Count - at);
                bytes.RemoveRange(at, removed);
                return ($"{removed} bytes removed at {at}", bytes.ToArray());
            case 4:
                var depth = random.Next(1, maxNesting);
                var open = random.Next(3) switch { 0 => "[", 1 => "{a: ", _ => "{" };
                var close = open == "[" ? "]" : "}";
                var nest = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, random.Next(depth + 1))));
                bytes.InsertRange(at, nest);
                return ($"nesting {depth} x '{open}' at {at}", bytes.ToArray());
            case 5:
                var token = Tokens[random.Next(Tokens.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(token));
                return ($"token {DiagnosticsEscape(token)} at {at}", bytes.ToArray());
            default:
                var text = Encoding.UTF8.GetString(original).Split('\n');
                int a = random.Next(text.Length), b = random.Next(text.Length);
                (text[a], text[b]) = (text[b], text[a]);
                return ($"lines {a + 1} and {b + 1} swapped", Encoding.UTF8.GetBytes(string.Join('\n', text)));
        }
    }

    private static string DiagnosticsEscape(string s) => CvBuild.Core.Diagnostics.DiagnosticText.Escape(s);

    private void AssertHandled(string what, string input, params string[] args)
    {
        var (code, _, stderr) = Run(args);
        if (code is 0 or 1 or 2 && !stderr.Contains("internal error", StringComparison.Ordinal)) return;
        var kept = Path.Combine(Path.GetTempPath(), $"cvbuild-fuzz-{Guid.NewGuid():N}{Path.GetExtension(input)}");
        File.Copy(input, kept);
        Assert.Fail($"{string.Join(' ', args)} exited {code} on a mutant ({what}), kept as {kept}:\n{stderr}");
    }

    [Fact]
    public void No_mutant_of_the_example_cv_gives_exit_3_or_an_unhandled_exception()
    {
        var seed = Setting("CVBUILD_FUZZ_SEED", 20261129);
        var cases = Setting("CVBUILD_FUZZ_CASES", 150);
        var random = new Random(seed);
        var original = File.ReadAllBytes(ExamplePath);
        using var dir = new TempFolder();
        int passed = 0, pdfs = 0;
        for (var i = 0; i < cases; i++)
        {
            var (what, bytes) = Mutate(original, random, maxNesting: 5000);
            var cv = dir.File($"case{i}.yaml");
            File.WriteAllBytes(cv, bytes);
            var (code, _, _) = Run("check", cv);
            AssertHandled(what, cv, "check", cv);
            if (code != 0) continue;
            passed++;
            AssertHandled(what, cv, "text", cv, "-o", "-");
            AssertHandled(what, cv, "markdown", cv, "-o", "-");
            AssertHandled(what, cv, "bibtex", cv, "-o", "-");
            // The PDF is the slow output: every fourth mutant that passes check.
            if (passed % 4 == 1)
            {
                AssertHandled(what, cv, "pdf", cv, "-o", dir.File($"case{i}.pdf"));
                pdfs++;
            }
        }
        output.WriteLine($"seed {seed}: {cases} mutants, {passed} passed check, {pdfs} typeset");
        // A run in which every mutant is rejected at once would test only the first error path.
        Assert.InRange(passed, cases / 20, cases);
    }

    [Fact]
    public void No_mutant_of_a_bib_file_gives_exit_3_or_an_unhandled_exception()
    {
        var seed = Setting("CVBUILD_FUZZ_SEED", 20261129);
        var cases = Setting("CVBUILD_FUZZ_CASES", 150);
        var random = new Random(seed);
        var fixtures = Directory.GetFiles(Path.Combine(RepoRoot(), "tests", "CvBuild.BibTeX.Tests", "Fixtures"), "*.bib").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(fixtures);
        using var dir = new TempFolder();
        for (var i = 0; i < cases; i++)
        {
            var source = fixtures[i % fixtures.Length];
            // Nesting is kept shallow here: deep LaTeX nesting is the BibTeX reader's own test.
            var (what, bytes) = Mutate(File.ReadAllBytes(source), random, maxNesting: 50);
            var bib = dir.File($"case{i}.bib");
            File.WriteAllBytes(bib, bytes);
            AssertHandled($"{Path.GetFileName(source)}: {what}", bib, "import", "bibtex", bib, "-o", "-");
        }
    }
}

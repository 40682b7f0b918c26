using System.Text;
using CvBuild.BibTeX.Import;
using CvBuild.Cli;
using CvBuild.Core.Reading;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// A bounded fuzz run for CI: real .bib files mutated the ways files get damaged or crafted (bytes flipped,
/// cut short, slices duplicated, deep nesting and doubling macros spliced in). The importer must never
/// throw, and what it writes must be a CV the reader accepts; through the command line the exit code is
/// 0 or 1, never 3 (an internal error). Seeds are fixed, so a failure names its seed and reproduces.
/// </summary>
public sealed class ImportFuzzTests
{
    private const int Cases = 1000;

    private static readonly string[] Seeds = ["scholar.bib", "dblp.bib", "dblp-crossref.bib", "arxiv.bib", "messy.bib"];

    private static readonly string[] Splices =
    [
        new string('{', 5000), new string('}', 300), string.Concat(Enumerable.Repeat("\\emph{", 3000)), string.Concat(Enumerable.Repeat("\\'", 3000)),
        "@string{s = s # s # s}\n", "@string{s = {x}}\n", "$", "$\\frac{", "\\url{", "\"", "@", "@misc{", ",", "=", "#", "\\", "\u0000", "\u202E",
        " and ", "others", "{\\\"", "\\c", "~", "%", "\r\n", "\uFEFF",
    ];

    private static byte[] Mutate(byte[] source, Random r)
    {
        var bytes = source.ToList();
        for (var step = r.Next(1, 6); step > 0 && bytes.Count > 0; step--)
        {
            var at = r.Next(bytes.Count);
            switch (r.Next(6))
            {
                case 0: bytes[at] ^= (byte)(1 << r.Next(8)); break;
                case 1: bytes.RemoveRange(at, bytes.Count - at); break;
                case 2:
                    var length = Math.Min(r.Next(1, 400), bytes.Count - at);
                    bytes.InsertRange(r.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 3: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Splices[r.Next(Splices.Length)])); break;
                case 4: bytes[at] = (byte)r.Next(256); break;
                default: bytes.RemoveRange(at, Math.Min(r.Next(1, 50), bytes.Count - at)); break;
            }
        }
        return [.. bytes];
    }

    [Fact]
    public void Mutated_bib_files_never_crash_the_importer_and_always_give_a_readable_cv()
    {
        var sources = Seeds.Select(s => File.ReadAllBytes(Path.Combine(TestData.TestDir(), "Fixtures", s)))
            .Append(Encoding.UTF8.GetBytes(BibTeXWriter.Write(TestData.ExampleCv(), BibTeXOptions.Default with { IncludeTalks = true })))
            .ToList();
        for (var seed = 0; seed < Cases; seed++)
        {
            var r = new Random(seed);
            var bytes = Mutate(sources[seed % sources.Count], r);
            try
            {
                var decoded = BibTextDecoder.Decode(bytes, seed % 2 == 0 ? "utf-8" : "windows-1252", "refs.bib");
                if (decoded.Text is null)
                {
                    Assert.All(decoded.Diagnostics, d => Assert.True(d.IsError && d.Span.Line >= 1));
                    continue;
                }
                var import = BibTeXImporter.Import(decoded.Text, "refs.bib");
                var yaml = PublicationYamlWriter.Write(import, "refs.bib", null);
                var read = CvReader.Parse(yaml, "imported.yaml");
                Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics.Where(d => d.IsError)) + "\n" + yaml);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {seed}: {e}");
            }
            catch (Xunit.Sdk.XunitException e)
            {
                Assert.Fail($"seed {seed}: {e.Message}");
            }
        }
    }

    [Fact]
    public void Mutated_bib_files_through_the_command_line_exit_0_or_1_never_3()
    {
        using var dir = new TempFolder();
        var source = File.ReadAllBytes(Path.Combine(TestData.TestDir(), "Fixtures", "messy.bib"));
        for (var seed = 0; seed < 40; seed++)
        {
            var path = dir.File("refs.bib");
            File.WriteAllBytes(path, Mutate(source, new Random(1000 + seed)));
            var (code, _, stderr) = CliRunner.Run("import", "bibtex", path);
            Assert.True(code is 0 or 1, $"seed {1000 + seed}: exit {code}\n{stderr}");
        }
    }
}

using System.Text;
using CvBuild.BibTeX.Import;
using CvBuild.Cli;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// What people paste from web pages and old files: \url with specials, math in titles, Latin-1 bytes, and
/// inputs built to hurt (deep nesting, doubling macros). Each is read or reported with its place; none
/// crashes the importer.
/// </summary>
public sealed class HostileImportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static BibTeXImport Import(string bib) => BibTeXImporter.Import(bib, "refs.bib");

    private static string Entry(string fields) => $"@misc{{k,\n  author = {{Ada Lovelace}},\n  year = 2020,\n{fields}\n}}\n";

    [Fact]
    public void Url_and_doi_fields_and_url_commands_are_read_verbatim()
    {
        var import = Import(Entry("  title = {Home},\n  howpublished = {\\url{https://example.org/~ada/a_b\\%20c}}"));
        var p = Assert.Single(import.Publications);
        Assert.Equal("https://example.org/~ada/a_b%20c", p.Links.Url);
        Assert.Null(p.Venue);
        var fields = Assert.Single(Import(Entry("  title = {T},\n  url = {https://x.org/~u/p\\&q\\#f},\n  doi = {10.1000/a~b_c}")).Publications);
        Assert.Equal("https://x.org/~u/p&q#f", fields.Links.Url);
        Assert.Equal("10.1000/a~b_c", fields.Links.Doi);
    }

    [Theory]
    [InlineData("$\\alpha$-Stable Laws", "α-Stable Laws")]
    [InlineData("Sorting in $O(n^2)$ and $O(n \\log n)$", "Sorting in O(n²) and O(nlogn)")]
    [InlineData("CO$_2$ and H$_{2}$O at $10^{-3}$", "CO₂ and H₂O at 10⁻³")]
    [InlineData("$\\mathcal{O}(1)$ and $\\mathcal{L}$ and $\\mathbb{R}^n$", "𝒪(1) and ℒ and ℝⁿ")]
    [InlineData("$\\ell_p$ Norms with $\\sum_i x_i \\approx \\hbar$", "ℓₚ Norms with ∑ᵢxᵢ≈ℏ")]
    [InlineData("$\\Gamma$ and $\\partial$", "Γ and ∂")]
    public void Simple_math_in_titles_becomes_unicode_without_warnings(string title, string expected)
    {
        var import = Import(Entry($"  title = {{{title}}}"));
        Assert.Equal(expected, Assert.Single(import.Publications).Title);
        Assert.Empty(import.Diagnostics);
    }

    [Fact]
    public void Math_that_is_not_simple_is_kept_as_written_and_reported_at_its_field()
    {
        var import = Import(Entry("  title = {On $\\frac{a}{b}$ Things}"));
        Assert.Equal("On $\\frac{a}{b}$ Things", Assert.Single(import.Publications).Title);
        var d = Assert.Single(import.Diagnostics);
        Assert.Equal("refs.bib:4:3: warning: field 'title' of 'k': math '$\\frac{a}{b}$' is kept as written (only sub- and superscripts, Greek letters, common operators and \\mathcal convert to Unicode)", d.ToString());
    }

    public static TheoryData<string, string> DeepInputs => new()
    {
        { "60,000 nested braces", new string('{', 60_000) + "x" + new string('}', 60_000) },
        { "20,000 chained accents", string.Concat(Enumerable.Repeat("\\'", 20_000)) + "e" },
        { "100,000 nested \\emph{", string.Concat(Enumerable.Repeat("\\emph{", 100_000)) + "x" + new string('}', 100_000) },
    };

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void Nesting_deeper_than_the_budget_is_reported_at_its_field_not_a_stack_overflow(string what, string title)
    {
        var import = Import(Entry($"  title = {{T {title}}}"));
        var d = Assert.Single(import.Diagnostics, x => x.Message.Contains("nest deeper than 200 levels", StringComparison.Ordinal));
        Assert.True(d.Span.Line == 4 && d.Span.Column == 3, what + ": " + d);
        Assert.Single(import.Publications);
    }

    [Fact]
    public void Doubling_string_macros_are_stopped_with_the_macro_and_its_place()
    {
        var sb = new StringBuilder("@string{s = \"ab\"}\n");
        for (var i = 0; i < 40; i++) sb.Append("@string{s = s # s}\n");
        sb.Append(Entry("  title = s"));
        var import = Import(sb.ToString());
        var first = import.Diagnostics.First(d => d.IsError);
        Assert.StartsWith("refs.bib:20:13: error: macro 's' (524,288 characters) expands the file beyond 1,048,576 characters", first.ToString());
        Assert.True(import.Diagnostics.Count(d => d.IsError) <= 40);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line_and_column_with_a_hint()
    {
        var bytes = Encoding.UTF8.GetBytes("@misc{k,\n  title = {Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("},\n}\n")).ToArray();
        var text = BibTextDecoder.Decode(bytes, "utf-8", "refs.bib");
        Assert.Null(text.Text);
        var d = Assert.Single(text.Diagnostics);
        Assert.Equal("refs.bib:2:15: error: byte 0xE9 is not valid UTF-8; if the file is Latin-1 or Windows-1252, read it with 'cvbuild import bibtex --encoding latin1' (or windows-1252)", d.ToString());
    }

    [Fact]
    public void Latin1_and_windows_1252_files_are_read_when_named()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("M"), 0xFC, .. Encoding.ASCII.GetBytes("ller "), 0x93, .. Encoding.ASCII.GetBytes("q"), 0x94, 0x80];
        Assert.Equal("Müller “q”€", BibTextDecoder.Decode(bytes, "windows-1252", "f").Text);
        var latin1 = BibTextDecoder.Decode(bytes, "latin1", "f");
        Assert.Null(latin1.Text);
        Assert.Contains("probably Windows-1252", latin1.Diagnostics[0].Message);
        Assert.Equal("Müller ×", BibTextDecoder.Decode([.. Encoding.ASCII.GetBytes("M"), 0xFC, .. Encoding.ASCII.GetBytes("ller "), 0xD7], "latin1", "f").Text);
    }

    [Fact]
    public void Import_command_takes_an_encoding_and_reports_invalid_utf8_as_a_data_error()
    {
        var path = Path.Combine(_temp.Path, "refs.bib");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("@article{k, author = {J. M"), 0xFC, .. Encoding.ASCII.GetBytes("ller}, title = {T}, journal = {J}, year = 2020}\n")]);
        var strict = CliRunner.Run("import", "bibtex", path);
        Assert.Equal(1, strict.Exit);
        Assert.Contains($"{path}:1:27: error: byte 0xFC is not valid UTF-8", strict.Err);
        var latin1 = CliRunner.Run("import", "bibtex", path, "--encoding", "latin1");
        Assert.Equal(0, latin1.Exit);
        Assert.Contains("J. Müller", latin1.Out);
    }
}

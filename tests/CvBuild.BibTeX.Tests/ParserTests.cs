using CvBuild.BibTeX.Import;
using CvBuild.Core.Diagnostics;

namespace CvBuild.BibTeX.Tests;

public sealed class ParserTests
{
    private static (IReadOnlyList<BibTeXEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var entries = BibTeXParser.Parse(text, "t.bib", bag);
        return (entries, bag.Sorted());
    }

    [Fact]
    public void String_macros_and_concatenation_are_expanded()
    {
        var (entries, diagnostics) = Parse("@string{a = {Alpha}}\n@STRING(b = \"Beta\")\n@misc{k, title = a # \" and \" # b # {!}}");
        Assert.Empty(diagnostics);
        Assert.Equal("Alpha and Beta!", entries[0].Value("title"));
    }

    [Fact]
    public void Types_and_field_names_are_case_insensitive_and_parentheses_delimit_too()
    {
        var (entries, _) = Parse("@ARTICLE(k, TiTlE = {T}, Year = 2020)");
        Assert.Equal("article", entries[0].Type);
        Assert.Equal("T", entries[0].Value("title"));
        Assert.Equal("2020", entries[0].Value("year"));
    }

    [Fact]
    public void Nested_braces_and_quotes_inside_braces_are_kept()
    {
        var (entries, _) = Parse("@misc{k, title = {A {B {C}} \"D\"}, note = \"x {\"} y\"}");
        Assert.Equal("A {B {C}} \"D\"", entries[0].Value("title"));
        Assert.Equal("x {\"} y", entries[0].Value("note"));
    }

    [Fact]
    public void Windows_line_endings_read_the_same()
    {
        var text = "@misc{k,\n  title = {A\n  long title},\n  year = 2020\n}\n@misc{j, title = x}";
        var (unix, unixDiagnostics) = Parse(text);
        var (windows, windowsDiagnostics) = Parse(text.Replace("\n", "\r\n"));
        Assert.Equal(LatexDecoder.Decode(unix[0].Value("title")!), LatexDecoder.Decode(windows[0].Value("title")!));
        Assert.Equal(unixDiagnostics.Select(d => d.ToString()), windowsDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Month_macros_are_predefined()
    {
        var (entries, _) = Parse("@misc{k, month = oct}");
        Assert.Equal("October", entries[0].Value("month"));
    }

    [Fact]
    public void Comments_outside_entries_and_comment_entries_are_skipped()
    {
        var (entries, diagnostics) = Parse("Some text, mail me@example.org\n@comment{@misc{no, title={x}}}\n% a TeX comment\n@misc{yes, title={y}}");
        Assert.Empty(diagnostics);
        Assert.Equal("yes", Assert.Single(entries).Key);
    }

    [Fact]
    public void An_undefined_macro_is_reported_where_it_is()
    {
        var (_, diagnostics) = Parse("@misc{k,\n  journal = jmlr}");
        Assert.Equal("t.bib:2:13: warning: undefined macro 'jmlr' (no @string defines it); read as empty", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_syntax_error_skips_one_entry_and_parsing_resumes()
    {
        var (entries, diagnostics) = Parse("@misc{a, title = {ok}}\n@misc{b, title = {x} year = 2000}\n@misc{c, title = {fine}}");
        Assert.Equal(["a", "c"], entries.Select(e => e.Key));
        Assert.Equal("t.bib:2:22: error: expected ',' or '}' after field 'title' in entry 'b', found 'y'", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_duplicate_field_keeps_the_first_and_says_so()
    {
        var (entries, diagnostics) = Parse("@misc{k, title = {one}, title = {two}}");
        Assert.Equal("one", entries[0].Value("title"));
        Assert.Contains("field 'title' appears twice", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [InlineData("{\\\"u}ber \\\"{u} \\\"u", "über ü ü")]
    [InlineData("{\\'e}t{\\'E} \\c{c}a \\c c", "étÉ ça ç")]
    [InlineData("{\\ss} {\\o} \\O{} \\aa\\ \\AA{} {\\ae} \\AA x", "ß ø Ø å Å æ Åx")]
    [InlineData("na\\\"{\\i}ve {\\'\\i} \\v{s}\\'{\\i}", "naïve í ší")]
    [InlineData("a--b---c -- d", "a–b—c – d")]
    [InlineData("R\\&D 50\\% \\$5 \\#1 a\\_b", "R&D 50% $5 #1 a_b")]
    [InlineData("{RecoBERT}: a~b", "RecoBERT: a b")]
    [InlineData("\\textbraceleft{}x\\textbraceright{} \\textbackslash{} \\textasciitilde{} \\textasciicircum{}", "{x} \\ ~ ^")]
    [InlineData("``quoted'' \\emph{emphasis} \\url{https://x.org}", "\u201Cquoted\u201D emphasis https://x.org")]
    [InlineData("$\\alpha$-divergence and $x^2$", "α-divergence and x²")]
    [InlineData("\\unknown{x} stays", "\\unknown{x} stays")]
    [InlineData("  many\n   spaces  ", "many spaces")]
    public void Latex_is_decoded_to_unicode(string latex, string expected) =>
        Assert.Equal(expected, LatexDecoder.Decode(latex));

    [Theory]
    [InlineData("Lee, Jason D.", "Jason D. Lee")]
    [InlineData("Jason D. Lee", "Jason D. Lee")]
    [InlineData("van der Berg, Jan", "Jan van der Berg")]
    [InlineData("Jan van der Berg", "Jan van der Berg")]
    [InlineData("King, Jr., Martin Luther", "Martin Luther King Jr.")]
    [InlineData("{De La Vega}, Nimrod", "Nimrod De La Vega")]
    [InlineData("{Barnes and Noble}", "Barnes and Noble")]
    [InlineData("M{\\\"u}ller, J{\\\"o}rg", "Jörg Müller")]
    [InlineData("{\\'E}mile Zola", "Émile Zola")]
    [InlineData("Cohen-Karlik, Edo", "Edo Cohen-Karlik")]
    public void Names_are_read_with_bibtex_rules(string name, string display) =>
        Assert.Equal(display, NameParser.Parse(name).Display);

    [Fact]
    public void And_separates_names_only_outside_braces() =>
        Assert.Equal(["Razin, Noam", "{Barnes and Noble}", "others"], NameParser.SplitList("Razin, Noam AND {Barnes and Noble} and\nothers"));
}

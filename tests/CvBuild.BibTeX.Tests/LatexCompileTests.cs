using System.Text;
using CvBuild.BibTeX.Export;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.TestSupport;
using HarfBuzzSharp;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// The bibtex dialect is for pdflatex: every exported .bib typesets in a real document, through bibtex with
/// natbib and hyperref and through biber with biblatex, with no error and no missing glyph. Covered: every
/// example CV, the real-world cases, and one CV holding every character the bundled fonts have that the
/// escaper claims to spell.
/// </summary>
public sealed class LatexCompileTests
{
    public static TheoryData<string> Cvs()
    {
        var data = new TheoryData<string> { "cv-data/cv.yaml" };
        var examples = Path.Combine(TestData.RepoRoot, "cv-data", "examples");
        if (Directory.Exists(examples))
            foreach (var f in Directory.GetFiles(examples, "*.yaml").Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(TestData.RepoRoot, f));
        foreach (var f in Directory.GetFiles(Path.Combine(TestData.TestDir(), "Fixtures", "cases"), "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestData.RepoRoot, f));
        return data;
    }

    private static Cv Read(string relative)
    {
        var result = CvReader.ReadFile(Path.Combine(TestData.RepoRoot, relative));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    private static void Compiles(string bib, bool biberDecodes = true)
    {
        var natbib = TexTools.Compile(bib, biblatex: false);
        Assert.True(natbib.Count == 0, "pdflatex + bibtex (natbib, hyperref):\n" + string.Join("\n", natbib));
        var biblatex = TexTools.Compile(bib, biblatex: true, biberDecodes);
        Assert.True(biblatex.Count == 0, "pdflatex + biber (biblatex):\n" + string.Join("\n", biblatex));
    }

    [ToolTheory("pdflatex", "bibtex", "biber")]
    [MemberData(nameof(Cvs))]
    public void Every_example_cv_compiles_with_pdflatex_through_bibtex_and_biber(string cv)
    {
        var options = new BibTeXOptions { IncludeTalks = true, Abstracts = true, EqualNote = true };
        var export = BibTeXWriter.Export(Read(cv), options);
        // Characters LaTeX has no spelling for (Han, Hangul, Cyrillic) stay UTF-8, which pdflatex prints only with a
        // package for their script; --ascii is the file plain pdflatex takes, and the Latin examples need neither.
        if (export.Diagnostics.Count > 0)
        {
            Assert.Contains("cases", cv, StringComparison.Ordinal);
            export = BibTeXWriter.Export(Read(cv), options with { Ascii = true });
        }
        Compiles(export.Text);
    }

    [ToolFact("pdflatex", "bibtex", "biber")]
    public void Random_publications_with_latex_specials_compile()
    {
        var publications = RandomPublications.Many(new Random(20251129), 60).ToList();
        var options = BibTeXOptions.Default with { Abstracts = true, EqualNote = true };
        var natbib = TexTools.Compile(BibTeXWriter.Write(TestData.CvOf([.. publications]), options), biblatex: false);
        Assert.True(natbib.Count == 0, string.Join("\n", natbib));
        // Known biber limit (2.18): it decodes a stacked accent {\'{\"u}} to \'ü, which pdflatex cannot read,
        // whoever wrote the .bib; those titles go through bibtex above but not through biber here.
        var single = publications.Where(p => !p.Title.Any(c => LatinAccents.Decompose(c).Length > 2)).ToArray();
        var biblatex = TexTools.Compile(BibTeXWriter.Write(TestData.CvOf(single), options), biblatex: true);
        Assert.True(biblatex.Count == 0, string.Join("\n", biblatex));
    }

    [ToolFact("pdflatex", "bibtex", "biber")]
    public void Accented_i_and_common_symbols_compile_through_biber_as_it_is_installed() =>
        Compiles(BibTeXWriter.Write(TestData.CvOf(TestData.Paper("Naïve Ïle í ĵ ĩ: 50% of α, Γ, ∑ᵢ ≈ ℏ∂ at 10⁻³ and CO₂ — “q” £5 § ¶ € ©", "Zoë Ó Núñez", "Łukasz Dvořák")),
            BibTeXOptions.Default));

    [ToolFact("pdflatex", "biber")]
    public void Biblatex_dialect_in_ascii_compiles_with_pdflatex() =>
        Assert.Empty(TexTools.Compile(BibTeXWriter.Write(Read("cv-data/cv.yaml"),
            new BibTeXOptions { Dialect = BibDialect.BibLaTeX, Ascii = true, IncludeTalks = true }), biblatex: true));

    /// <summary>Every code point some bundled font (fonts/*.ttf) has a glyph for, from the fonts' cmaps.</summary>
    private static List<int> FontCoverage()
    {
        var blobs = Directory.GetFiles(Path.Combine(TestData.RepoRoot, "fonts"), "*.ttf").Select(Blob.FromFile).ToList();
        var faces = blobs.Select(b => new Face(b, 0)).ToList();
        var fonts = faces.Select(f => new HarfBuzzSharp.Font(f)).ToList();
        try
        {
            var covered = new List<int>();
            for (var c = 0x80; c <= 0x1FFFF; c++)
            {
                if (c is >= 0xD800 and <= 0xDFFF) continue;
                if (fonts.Any(f => f.TryGetGlyph((uint)c, out var glyph) && glyph != 0)) covered.Add(c);
            }
            return covered;
        }
        finally
        {
            fonts.ForEach(f => f.Dispose());
            faces.ForEach(f => f.Dispose());
            blobs.ForEach(b => b.Dispose());
        }
    }

    [ToolFact("pdflatex", "bibtex", "biber")]
    public void Every_character_the_fonts_cover_and_the_escaper_spells_compiles()
    {
        var spelled = FontCoverage().Where(LatexEscaper.CanSpell).Where(c => !char.IsControl((char)Math.Min(c, 0xFFFF)) && !LatexCharacters.IsInvisible(c)).ToList();
        // The claim is broad: Latin with accents, Greek, sub- and superscripts, math operators, typography.
        Assert.True(spelled.Count > 750, $"only {spelled.Count} characters spelled");
        var publications = spelled.Chunk(24).Select((chunk, i) =>
        {
            var text = new StringBuilder("Characters ").Append(i).Append(':');
            // Each character stands alone between spaces, so a spelling must work before and after a space.
            foreach (var c in chunk) text.Append(' ').Append(char.ConvertFromUtf32(c));
            // One year each: plainnat labels same-author-same-year entries a..z and fails beyond.
            return TestData.Paper(text.ToString(), "Ada Lovelace") with
            {
                Year = 1901 + i,
                Note = "x" + string.Concat(chunk.Select(char.ConvertFromUtf32)) + "x",
            };
        }).ToArray();
        var export = BibTeXWriter.Export(TestData.CvOf(publications), BibTeXOptions.Default);
        Assert.Empty(export.Diagnostics);
        Assert.All(export.Text.Split('\n'), l => Assert.True(l.All(char.IsAscii), l));
        // biber would decode these spellings to Unicode that pdflatex only partly knows; see TexTools.Compile.
        Compiles(export.Text, biberDecodes: false);
    }

    [Fact]
    public void Characters_latex_cannot_spell_are_kept_as_utf8_and_reported_once_per_field_with_entry_and_place()
    {
        var paper = TestData.Paper("深度学习 and Привет", "王小明", "Ada Lovelace") with { Venue = new Venue(null, "ΜΆΘΗΜΑ 😀") };
        var export = BibTeXWriter.Export(TestData.CvOf(paper with { Source = new SourceSpan("cv.yaml", 7, 5) }), BibTeXOptions.Default);
        Assert.Contains("title     = {深度学习 and Привет}", export.Text);
        Assert.Contains("% Encoding: UTF-8", export.Text);
        Assert.DoesNotContain("?", export.Text);
        var messages = export.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("cv.yaml:7:5: warning: entry '", StringComparison.Ordinal)
            && m.Contains("field 'title': '深' (U+6DF1), '度' (U+5EA6)", StringComparison.Ordinal)
            && m.Contains("kept as UTF-8", StringComparison.Ordinal) && m.Contains("CJKutf8", StringComparison.Ordinal) && m.Contains("XeLaTeX", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("field 'author': '王' (U+738B)"));
        Assert.Contains(messages, m => m.Contains("field 'booktitle'") && m.Contains("'😀' (U+1F600)") && m.Contains("'Ά' (U+0386)"));
        Assert.Equal(3, messages.Count);
    }

    [Fact]
    public void With_ascii_characters_latex_cannot_spell_are_written_as_question_marks_and_reported()
    {
        var paper = TestData.Paper("深度学习 and Привет", "王小明", "Ada Lovelace");
        var export = BibTeXWriter.Export(TestData.CvOf(paper with { Source = new SourceSpan("cv.yaml", 7, 5) }), BibTeXOptions.Default with { Ascii = true });
        Assert.True(export.Text.All(char.IsAscii));
        Assert.Contains("title     = {???? and ??????}", export.Text);
        Assert.All(export.Diagnostics, d => Assert.Contains("written as '?'", d.Message, StringComparison.Ordinal));
        Assert.Equal(2, export.Diagnostics.Count);
    }

    [ToolFact("bibtex", "biber")]
    public void Bibtex_reads_kept_utf8_without_a_warning_and_abbreviates_a_given_name_to_a_whole_character()
    {
        var cv = CvReader.Parse("""
            person: {name: Seo-yeon Park}
            publications:
              - {kind: journal, title: 한국어 형태소 분석, authors: [Seo-yeon Park, 佐藤 花子, 김 서연, Ёлка Ёжикова], venue: 自然言語処理, year: 2024}
            """, "cv.yaml").Cv!;
        var bib = BibTeXWriter.Export(cv, BibTeXOptions.Default).Text;
        Assert.Contains("Park, Seo-yeon and 佐藤, {\\relax花}子 and 김, {\\relax서}연", bib);
        foreach (var style in new[] { "plain", "abbrv", "alpha", "unsrt" })
            Assert.Empty(TexTools.Bibtex(bib, style));
        var bbl = TexTools.Bbl(bib, "abbrv");
        Assert.DoesNotContain('\uFFFD', bbl);
        Assert.Contains("{\\relax서}.~김", bbl);
        Assert.Contains("한국어 형태소 분석", bbl);
        Assert.Contains("\\newblock {\\em 自然言語処理}", bbl);
        Assert.Equal(new NameParts("\\relax서연", "", "김", ""), TexTools.BibtexNames(bib)[2]);
        // biber takes the same parts and keeps \relax, a command LaTeX prints as nothing.
        Assert.Equal(new NameParts("\\relax서연", "", "김", ""), TexTools.BiberNames(bib)[2]);
    }
}

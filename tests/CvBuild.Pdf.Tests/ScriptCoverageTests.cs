using CvBuild.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace CvBuild.Pdf.Tests;

/// <summary>
/// Every script the bundled fonts promise prints with real glyphs (no glyph id 0, .notdef, in any text-showing
/// operator) and, for left-to-right scripts, extracts as the exact characters in logical order; a character no font
/// has is a warning at its position from <c>check</c> and from <c>pdf</c>.
/// </summary>
public sealed class ScriptCoverageTests
{
    public static TheoryData<string, string> LeftToRight => new()
    {
        { "Latin", "Łódź Straße façade" },
        { "Greek", "Αλγόριθμοι μάθησης" },
        { "Cyrillic", "Машинное обучение" },
        { "Devanagari", "हिन्दी भाषा" },
        // Vowel signs drawn back over their letter, reph, reordered i-matra: clusters of several glyphs.
        { "Devanagari clusters", "अर्जुन कुमार गुरु कीर्ति प्रिया क्षमा" },
        { "Thai", "ภาษาไทย" },
        { "Thai stacked marks", "ปั่น ผู้ใหญ่ สั้น น้ำ" },
        { "Hangul", "김민준 한국어 제목" },
        { "Japanese kana", "ひらがな カタカナ" },
        { "CJK ideographs", "深度学习 情報処理学会" },
        { "Simplified Chinese outside KS X 1001", "张伟 数据科学 邓小平" },
        { "Japanese kanji and kana", "山田太郎 働き込む ひらがな カタカナ「」" },
        { "Fraktur", "𝔄𝔅ℭ 𝔞𝔟𝔠" },
        { "Mathematical symbols", "√x ≤ y ∀ε ∑∫" },
        { "Emoji", "🎓 🔬 📚" },
        // A variation selector and joiners are drawn as nothing; the space after them stays.
        { "Emoji sequences", "👨‍👩‍👧 ©️ ♥ end" },
    };

    public static TheoryData<string, string> RightToLeft => new()
    {
        { "Hebrew", "שלום עולם" },
        { "Arabic", "مرحبا بالعالم" },
    };

    private static string CvWithTitle(TempFolder dir, string title)
    {
        var cv = dir.File("cv.yaml");
        File.WriteAllText(cv, $"person:\n  name: {title}\n  email: a@example.org\n" +
            $"publications:\n  - kind: journal\n    title: \"{title}\"\n    authors: [{title}]\n    venue: Venue\n    year: 2024\n");
        return cv;
    }

    // The PDF writer uses Identity-H strings: two bytes per glyph id.
    private static IEnumerable<int> GlyphIds(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
            foreach (var op in page.Operations)
            {
                IEnumerable<IReadOnlyList<byte>> strings = op switch
                {
                    ShowText t => [t.Bytes.ToArray()],
                    ShowTextsWithPositioning p => p.Array.OfType<HexToken>().Select(h => (IReadOnlyList<byte>)h.Bytes.ToArray())
                        .Concat(p.Array.OfType<StringToken>().Select(s => (IReadOnlyList<byte>)s.GetBytes())),
                    _ => [],
                };
                foreach (var bytes in strings)
                    for (var i = 0; i + 1 < bytes.Count; i += 2)
                        yield return (bytes[i] << 8) | bytes[i + 1];
            }
    }

    private static byte[] Pdf(TempFolder dir, string title, out string stderr)
    {
        var cv = CvWithTitle(dir, title);
        var (exit, _, err) = CliRunner.Run("pdf", cv, "-o", dir.File("cv.pdf"));
        Assert.Equal(0, exit);
        stderr = err;
        return File.ReadAllBytes(dir.File("cv.pdf"));
    }

    [Theory]
    [MemberData(nameof(LeftToRight))]
    [MemberData(nameof(RightToLeft))]
    public void A_script_the_fonts_cover_draws_no_notdef_glyph_and_gets_no_warning(string script, string sample)
    {
        using var dir = new TempFolder();
        var pdf = Pdf(dir, sample, out var stderr);
        Assert.DoesNotContain("bundled fonts", stderr);
        var ids = GlyphIds(pdf).ToList();
        Assert.NotEmpty(ids);
        Assert.True(!ids.Contains(0), $"{script}: a .notdef glyph is drawn");
    }

    [ToolTheory("pdftotext")]
    [MemberData(nameof(LeftToRight))]
    public void A_left_to_right_script_extracts_as_its_exact_characters(string script, string sample)
    {
        using var dir = new TempFolder();
        Pdf(dir, sample, out _);
        var (exit, text, _) = ExternalTools.Run("pdftotext", ["-enc", "UTF-8", dir.File("cv.pdf"), "-"]);
        Assert.Equal(0, exit);
        Assert.True(text.Contains(sample, StringComparison.Ordinal), $"{script}: '{sample}' not in:\n{text}");
    }

    [Fact]
    public void A_character_no_font_has_is_a_warning_with_its_position_from_check_and_pdf()
    {
        using var dir = new TempFolder();
        var cv = CvWithTitle(dir, "Notes \uE000 and Ꭰ");
        var expected = new[] { "cv.yaml:2:15: warning: U+E000", "cv.yaml:2:21: warning: U+13A0 'Ꭰ'", "cv.yaml:6:19: warning: U+E000" };
        var check = CliRunner.Run("check", cv);
        Assert.Equal(0, check.Exit);
        var pdf = CliRunner.Run("pdf", cv, "-o", dir.File("cv.pdf"));
        Assert.Equal(0, pdf.Exit);
        foreach (var line in expected)
        {
            Assert.Contains(line, check.Err);
            Assert.Contains(line, pdf.Err);
        }
    }

    [Fact]
    public void Characters_from_included_files_bib_files_and_block_scalars_are_checked_once_where_they_are_written()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("talks.yaml"), "talks:\n  - title: Talk \u13A1\n    event: Event\n    date: 2024-05\n");
        File.WriteAllText(dir.File("papers.bib"), "% a comment with \u13A3 is never printed\n@article{a1,\n  title = {Paper \u13A2},\n  author = {Ada Lovelace},\n  journal = {J},\n  year = {2024},\n}\n");
        File.WriteAllText(dir.File("cv.yaml"),
            "person:\n  name: &n Ada \u13A0 # note \u13A4\n  research_interests:\n    - |\n      First line\n      second \u13A5 here\n" +
            "  aliases: [*n]\ninclude: [talks.yaml]\npublications_from: [papers.bib]\n");
        var expected = new[]
        {
            "cv.yaml:2:16: warning: U+13A0", "cv.yaml:6:14: warning: U+13A5", "talks.yaml:2:17: warning: U+13A1", "papers.bib:3:18: warning: U+13A2",
        };
        var check = CliRunner.Run("check", dir.File("cv.yaml"));
        Assert.True(check.Exit == 0, check.Err);
        var pdf = CliRunner.Run("pdf", dir.File("cv.yaml"), "-o", dir.File("cv.pdf"));
        Assert.True(pdf.Exit == 0, pdf.Err);
        foreach (var err in new[] { check.Err, pdf.Err })
        {
            foreach (var line in expected) Assert.Contains(line, err);
            // Comments never print; an aliased value is checked where it is written, once.
            Assert.DoesNotContain("U+13A3", err);
            Assert.DoesNotContain("U+13A4", err);
            Assert.Single(err.Split('\n'), l => l.Contains("warning: U+13A0", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_missing_character_outside_the_basic_plane_is_warned_at_every_place_but_never_in_a_comment()
    {
        using var dir = new TempFolder();
        var cv = dir.File("cv.yaml");
        // U+F0001 (supplementary private use) is in no font: a surrogate pair in the file, repeated on one line.
        File.WriteAllText(cv, "person:\n  name: Ann \U000F0001 Lee\n  email: a@example.org\n# a comment \U000F0002\n" +
            "publications:\n  - kind: journal\n    title: \"X \U000F0001 Y \U000F0001\"\n    authors: [Ann Lee]\n    venue: Venue\n    year: 2024\n");
        var check = CliRunner.Run("check", cv);
        Assert.Equal(0, check.Exit);
        var warnings = check.Err.Split('\n').Where(l => l.Contains("none of the bundled fonts", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains("cv.yaml:2:13: warning: U+F0001 ", warnings[0], StringComparison.Ordinal);
        Assert.Contains("cv.yaml:7:15: warning: U+F0001 ", warnings[1], StringComparison.Ordinal);
        Assert.Contains("cv.yaml:7:20: warning: U+F0001 ", warnings[2], StringComparison.Ordinal);
    }
}

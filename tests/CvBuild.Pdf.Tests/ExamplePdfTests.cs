using System.Text.RegularExpressions;
using CvBuild.Core.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace CvBuild.Pdf.Tests;

/// <summary>What a reader of the example CV's PDF finds in it: all the content, the right fonts, working links.</summary>
public sealed class ExamplePdfTests(ExamplePdfFixture example) : IClassFixture<ExamplePdfFixture>
{
    private readonly Cv _cv = Repo.LoadExample();

    private PdfDocument Open() => PdfFile.Open(example.Bytes);

    [Fact]
    public void Example_cv_has_a_sane_page_count()
    {
        using var pdf = Open();
        // Recorded: the full example sets on 5 A4 pages in the classic theme; a change is a layout change to review.
        Assert.Equal(5, pdf.NumberOfPages);
        Assert.Contains($"({pdf.NumberOfPages} pages", example.Output);
    }

    [Fact]
    public void Example_pdf_is_under_150_kilobytes()
    {
        Assert.True(example.Bytes.Length < 150 * 1024, $"PDF is {example.Bytes.Length / 1024} KB");
    }

    [Fact]
    public void Every_publication_patent_and_talk_appears_in_the_text()
    {
        using var pdf = Open();
        var text = PdfText.Squeezed(pdf);
        var missing = _cv.Publications.Select(p => p.Title)
            .Concat(_cv.Patents.Select(p => p.Title))
            .Concat(_cv.Talks.Select(t => t.EventOrHost))
            .Concat(_cv.Talks.Where(t => t.Title is not null).Select(t => t.Title!))
            .Distinct()
            .Where(s => !text.Contains(PdfText.Squeeze(s), StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Source_wording_appears_in_the_text()
    {
        using var pdf = Open();
        var text = PdfText.Squeezed(pdf);
        string[] expected =
        [
            "Research Interests", "Academic Positions", "Education", "Industry Positions", "Awards and Honors",
            "Publications", "Conference Proceedings", "Preprints", "Miscellaneous", "Patents", "Invited Talks",
            "Teaching Experience", "Academic Service", "2019–2024", "2024–present", "2016–2017",
            "PhD in Computer Science, Tel Aviv University, Israel", "Advisor: Prof. Nadav Cohen",
            "Thesis: Understanding Deep Learning via Notions of Rank", "Host: Prof. Sanjeev Arora",
            "* denotes equal contribution", "Graduated summa cum laude", "GPA 99.2/100 (rank 1 of 283 in class of 2018)",
            "US Patent 16725652", "One World MINDS Seminar (virtual)", "Fundamentals of Deep Learning (COS 514)",
            "Best paper runner-up, Reliable ML from Unreliable Data Workshop, NeurIPS 2025",
            "Conference on Neural Information Processing Systems (NeurIPS), 2025", "Lecture Notes, 2024", "PhD Thesis, Tel Aviv University, 2024",
            "Foundations of Computational Mathematics (FoCM)", "Noam Razin*, Asaf Maman*, Nadav Cohen",
        ];
        var missing = expected.Where(e => !text.Contains(PdfText.Squeeze(e), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Sections_follow_the_cv_order()
    {
        using var pdf = Open();
        var text = PdfText.Squeezed(pdf);
        var headings = new[] { "ResearchInterests", "AcademicPositions", "IndustryPositions", "AwardsandHonors", "Publications", "Patents", "InvitedTalks", "TeachingExperience", "AcademicService" };
        var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Ligatures_extract_as_their_letters()
    {
        using var pdf = Open();
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text.Trim(',', '.', ':')).ToList();
        Assert.Contains("finetuning", words);
        Assert.Contains("Finetuning", words);
    }

    [Fact]
    public void Owner_is_set_in_bold_and_coauthors_are_not()
    {
        using var pdf = Open();
        // Every "Razin" outside the footer ("Noam Razin — page X of Y") is the name heading or an author/inventor entry.
        var words = pdf.GetPages()
            .SelectMany(PdfText.Lines)
            .Where(l => !l.Text.Contains("\u2014 page", StringComparison.Ordinal))
            .SelectMany(l => l.Words)
            .ToList();
        var razin = words.Where(w => w.Text.TrimEnd(',', '*') == "Razin").ToList();
        Assert.True(razin.Count >= 1 + 17 + 3, $"only {razin.Count} 'Razin' found");
        Assert.All(razin, w => Assert.Contains("Bold", w.Letters[0].FontName, StringComparison.Ordinal));
        var zixuan = words.First(w => w.Text.StartsWith("Zixuan", StringComparison.Ordinal));
        Assert.DoesNotContain("Bold", zixuan.Letters[0].FontName, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_annotations_carry_the_right_uris()
    {
        using var pdf = Open();
        var uris = pdf.GetPages()
            .SelectMany(p => p.GetAnnotations())
            .Select(a => (a.Action as UriAction)?.Uri)
            .Where(u => u is not null)
            .ToList();
        Assert.Contains("mailto:noamrazin@princeton.edu", uris);
        Assert.Contains("https://noamrazin.github.io", uris);
        Assert.Contains("https://github.com/microsoft/Distilled-Sentence-Embedding", uris);
        var linkText = pdf.GetPage(1).GetHyperlinks().Select(h => h.Text.Trim()).ToList();
        Assert.Contains("noamrazin@princeton.edu", linkText);
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets()
    {
        using var pdf = Open();
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(new Regex("^[A-Z]{6}\\+"), f));
    }

    [Fact]
    public void Metadata_names_the_owner_and_the_interests()
    {
        using var pdf = Open();
        var info = pdf.Information;
        Assert.Equal("Noam Razin \u2014 Curriculum Vitae", info.Title);
        Assert.Equal("Noam Razin", info.Author);
        Assert.Contains("Deep Learning Theory", info.Keywords);
        Assert.StartsWith("cvbuild ", info.Creator);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 0, 0, 0, TimeSpan.Zero), info.GetCreatedDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 0, 0, 0, TimeSpan.Zero), info.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void Every_page_has_the_footer()
    {
        using var pdf = Open();
        foreach (var page in pdf.GetPages())
        {
            var text = string.Join("\n", PdfText.Lines(page).Select(l => l.Text));
            Assert.Contains($"Noam Razin \u2014 page {page.Number} of {pdf.NumberOfPages}", text);
            Assert.Contains("Last updated November 2025", text);
        }
    }

    [Fact]
    public void Outline_has_a_bookmark_per_section()
    {
        using var pdf = Open();
        Assert.True(pdf.TryGetBookmarks(out var bookmarks), "no document outline");
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Contains("Publications", titles);
        Assert.Contains("Invited Talks", titles);
        Assert.Contains("Conference Proceedings", titles);
    }

    [Fact]
    public void Dates_column_is_aligned_and_entries_start_on_one_edge()
    {
        using var pdf = Open();
        var lines = PdfText.Lines(pdf.GetPage(1));
        // A dated line: a period, then a gutter wider than a space (a wrapped "... NeurIPS 2025" line is not one).
        var dated = lines.Where(l => l.Words.Count > 1
            && Regex.IsMatch(l.Words[0].Text, @"^(19|20)\d\d(–(19|20)\d\d|–present)?$")
            && l.Words[1].BoundingBox.Left - l.Words[0].BoundingBox.Right > 5).ToList();
        Assert.True(dated.Count >= 10, $"only {dated.Count} dated lines on page 1");
        // Classic theme: dates flush right against the gutter, entry text flush left after it.
        var dateRights = dated.Select(l => l.Words[0].BoundingBox.Right).ToList();
        var entryLefts = dated.Select(l => l.Words[1].BoundingBox.Left).ToList();
        Assert.True(dateRights.Max() - dateRights.Min() < 0.5, $"date right edges spread {dateRights.Max() - dateRights.Min():0.00} pt");
        Assert.True(entryLefts.Max() - entryLefts.Min() < 0.5, $"entry left edges spread {entryLefts.Max() - entryLefts.Min():0.00} pt");
        Assert.Contains(lines, l => l.Text == "2019–2024 PhD in Computer Science, Tel Aviv University, Israel");
    }
}

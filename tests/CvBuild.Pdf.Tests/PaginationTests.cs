using CvBuild.Core.Model;
using UglyToad.PdfPig;

namespace CvBuild.Pdf.Tests;

/// <summary>Page breaks a typesetter would accept: no heading stranded at a page foot, no entry torn in two.</summary>
public sealed class PaginationTests
{
    public static TheoryData<string, string, double, int?> Layouts() => new()
    {
        { "classic", "a4", 10, null },
        { "classic", "letter", 11, null },
        { "modern", "a4", 9, null },
        { "modern", "letter", 10.5, null },
        { "classic", "a4", 12, 2021 },
        { "modern", "a4", 11, 2022 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_heading_is_never_the_last_line_on_a_page(string theme, string size, double fontSize, int? since)
    {
        var cv = Repo.LoadExample();
        cv = cv with { Settings = cv.Settings with { Design = cv.Settings.Design with { FontSize = fontSize } } };
        cv = CvSelection.Apply(cv, new SelectionOptions { Since = since });
        var bytes = CvPdfRenderer.Render(cv, new PdfOptions { Theme = theme, PageSize = size });
        var headings = SectionIds.DefaultOrder.Select(cv.Settings.HeadingFor)
            .Concat(cv.Settings.PublicationGroups.Select(g => g.Heading))
            .Append(cv.Settings.EqualContributionLegend)
            .ToHashSet();

        using var pdf = PdfFile.Open(bytes);
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            var body = PdfText.Lines(page).Where(l => !l.Text.Contains("\u2014 page", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(body);
            Assert.False(headings.Contains(body[^1].Text), $"page {page.Number} ends with the heading '{body[^1].Text}'");
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_publication_is_not_split_across_pages(string theme, string size, double fontSize, int? since)
    {
        var cv = Repo.LoadExample();
        cv = cv with { Settings = cv.Settings with { Design = cv.Settings.Design with { FontSize = fontSize } } };
        cv = CvSelection.Apply(cv, new SelectionOptions { Since = since });
        using var pdf = PdfFile.Open(CvPdfRenderer.Render(cv, new PdfOptions { Theme = theme, PageSize = size }));
        var pages = pdf.GetPages().Select(p => PdfText.Squeeze(string.Concat(p.Letters.Select(l => l.Value)))).ToList();
        foreach (var p in cv.Publications)
        {
            // Title, authors and venue line, in drawing order: all of it must be found on one page.
            var authors = string.Join(", ", p.Authors.Select(a => a.Name + (a.Equal ? "*" : "")));
            var entry = PdfText.Squeeze(p.Title + authors + (p.VenueLine is null ? "" : p.VenueLine + ","));
            Assert.True(pages.Count(page => page.Contains(entry, StringComparison.Ordinal)) == 1, $"'{p.Title}' is split or missing");
        }
    }
}

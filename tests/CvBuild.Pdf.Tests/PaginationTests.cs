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

    [Fact]
    public void A_publication_is_not_split_across_pages()
    {
        var cv = Repo.LoadExample();
        using var pdf = PdfFile.Open(CvPdfRenderer.Render(cv, new PdfOptions()));
        foreach (var page in pdf.GetPages().Skip(1))
        {
            // The first line of a continuation page is never an author or venue line of a publication begun on the
            // page before: such lines carry the owner's name or a venue, and follow a numbered title line.
            var first = PdfText.Lines(page)[0].Text;
            Assert.DoesNotMatch(@"^(Conference on|International Conference|Findings of|Preprint|Lecture Notes|PhD Thesis)", first);
        }
    }
}

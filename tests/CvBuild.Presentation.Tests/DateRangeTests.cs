using CvBuild.Core.Model;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Strings;

namespace CvBuild.Presentation.Tests;

/// <summary>A multi-day date says its shared month and year once, in each language's own order.</summary>
public sealed class DateRangeTests
{
    [Theory]
    [InlineData("en", 5, 2, 5, 3, "May 2–3, 2024")]
    [InlineData("en", 5, 30, 6, 2, "May 30 – Jun 2, 2024")]
    [InlineData("de", 5, 2, 5, 3, "2.–3. Mai 2024")]
    [InlineData("fr", 5, 2, 5, 3, "2–3 mai 2024")]
    [InlineData("ja", 5, 2, 5, 3, "2024年5月2–3日")]
    [InlineData("en", 5, 2, 5, 2, "May 2, 2024")]
    public void Days_within_one_year_share_their_month_and_year(string locale, int m1, int d1, int m2, int d2, string expected) =>
        Assert.Equal(expected, new DateWording(PresentationStrings.BuiltIn(locale)!).ShortRange(new PartialDate(2024, m1, d1), new PartialDate(2024, m2, d2)));

    [Fact]
    public void Across_years_or_without_days_it_is_two_dates()
    {
        var dates = new DateWording(PresentationStrings.English);
        Assert.Equal("Dec 30, 2023–Jan 2, 2024", dates.ShortRange(new PartialDate(2023, 12, 30), new PartialDate(2024, 1, 2)));
        Assert.Equal("May 2024–Jun 2024", dates.ShortRange(new PartialDate(2024, 5), new PartialDate(2024, 6)));
    }
}

using CvBuild.Presentation.Building;

namespace CvBuild.Presentation.Tests;

/// <summary>--since keeps what is current or ended in or after the year, in every section.</summary>
public sealed class SinceTests
{
    private static Core.Model.Cv Selected(string body, int since) =>
        Selection.Apply(Outputs.Read("person: {name: Since Tester}\n" + body), new DocumentOptions { Since = since });

    [Fact]
    public void A_student_not_marked_completed_is_current_and_kept()
    {
        var cv = Selected("supervision:\n  - {name: Current Student, level: phd, start: 2010}\n  - {name: Old Student, level: phd, start: 2010, end: 2014, status: completed}\n", 2022);
        Assert.Equal(["Current Student"], cv.Supervision.Select(s => s.Name));
    }

    [Fact]
    public void A_service_role_goes_by_its_latest_year()
    {
        var cv = Selected("service:\n  - {role: Old PC, items: [ConfA], years: [2018, 2019]}\n  - {role: Recent PC, items: [ConfB], years: [2019, \"2021–2023\"]}\n  - {role: Undated, items: [ConfC]}\n", 2022);
        Assert.Equal(["Recent PC", "Undated"], cv.Service.Select(s => s.Role));
    }
}

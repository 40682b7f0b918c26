using CvBuild.Core.Diagnostics;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;
using GrantStatus = CvBuild.Core.Model.GrantStatus;
using ServiceKind = CvBuild.Core.Model.ServiceKind;
using TalkKind = CvBuild.Core.Model.TalkKind;

namespace CvBuild.Core.Tests.Reading;

/// <summary>Grants, supervision, talk kinds and sections, service kinds: read as written, mistakes reported where they are.</summary>
public sealed class RecordsReadingTests
{
    [Fact]
    public void A_grant_keeps_its_amount_as_written_and_its_investigators_in_order()
    {
        var result = Read(Person + "grants:\n  - title: Engines\n    funder: ERC\n    amount: \"AUD 250,000\"\n    investigators: [Charles Babbage, Ada Lovelace]\n    start: 2020\n    end: 2025\n    status: pending\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var grant = Assert.Single(result.Cv!.Grants);
        Assert.Equal("AUD 250,000", grant.Amount);
        Assert.Equal(["Charles Babbage", "Ada Lovelace"], grant.Investigators);
        Assert.Equal(GrantStatus.Pending, grant.Status);
    }

    [Fact]
    public void A_grant_without_a_funder_is_an_error_at_the_grant()
    {
        var result = Read(Person + "grants:\n  - title: Engines\n    start: 2020\n");
        Single(result, Severity.Error, 4, 5, "grant is missing the required field 'funder'");
    }

    [Fact]
    public void An_unknown_supervision_level_is_an_error_at_the_value()
    {
        var result = Read(Person + "supervision:\n  - name: Mary\n    level: doctoral\n    start: 2020\n");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Span.Line == 5 && d.Span.Column == 12 && d.Message.Contains("level", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    end: present\n", false)]
    [InlineData("    end: 2023\n", true)]
    [InlineData("    end: 2023\n    status: current\n", false)]
    [InlineData("    end: present\n    status: completed\n", true)]
    public void Supervision_status_is_taken_from_the_cv_else_from_the_end_date(string tail, bool completed)
    {
        var result = Read(Person + "supervision:\n  - name: Mary\n    level: phd\n    start: 2019\n" + tail);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(completed, Assert.Single(result.Cv!.Supervision).Completed);
    }

    [Fact]
    public void A_talk_needs_an_event_or_a_host()
    {
        var result = Read(Person + "talks:\n  - date: 2020\n    title: On Engines\n");
        Single(result, Severity.Error, 4, 5, "talk needs an 'event' or a 'host'");
        var hosted = Read(Person + "talks:\n  - date: 2020\n    host: Department of Mathematics\n    kind: seminar\n");
        Assert.True(hosted.Succeeded, string.Join("\n", hosted.Diagnostics));
        Assert.Equal(TalkKind.Seminar, Assert.Single(hosted.Cv!.Talks).Kind);
    }

    [Fact]
    public void A_talk_ending_before_it_starts_is_an_error_at_the_end()
    {
        var result = Read(Person + "talks:\n  - date: 2020-05-04\n    end: 2020-05-01\n    event: School\n");
        Single(result, Severity.Error, 5, 10, "talk ends (2020-05-01) before it starts (2020-05-04)");
    }

    [Fact]
    public void A_talk_kind_in_two_talk_sections_is_an_error_at_the_second()
    {
        var result = Read(Person + "settings:\n  talk_sections:\n    - id: a\n      heading: A\n      kinds: [poster]\n    - id: b\n      heading: B\n      kinds: [contributed, poster]\n");
        Single(result, Severity.Error, 10, 28, "talk kind 'poster' is already listed by another talk section");
    }

    [Fact]
    public void A_talk_section_id_may_be_named_in_section_order_but_not_reuse_a_built_in_id()
    {
        var ok = Read(Person + "settings:\n  section_order: [talks, conference_talks]\n  talk_sections:\n    - id: conference_talks\n      heading: Conference Presentations\n      kinds: [contributed]\n");
        Assert.True(ok.Succeeded, string.Join("\n", ok.Diagnostics));
        var clash = Read(Person + "settings:\n  talk_sections:\n    - id: talks\n      heading: Talks\n      kinds: [contributed]\n");
        Single(clash, Severity.Error, 5, 11, "talk section id 'talks' is already the id of a built-in section");
    }

    [Fact]
    public void A_service_role_keeps_its_kind_and_years()
    {
        var result = Read(Person + "service:\n  - kind: program_committee\n    role: PC member\n    items: [NeurIPS]\n    years: [2019, 2021]\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var service = Assert.Single(result.Cv!.Service);
        Assert.Equal(ServiceKind.ProgramCommittee, service.Kind);
        Assert.Equal(["2019", "2021"], service.Years);
    }
}

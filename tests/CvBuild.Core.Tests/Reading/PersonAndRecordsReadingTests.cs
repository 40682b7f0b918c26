using CvBuild.Core.Diagnostics;
using CvBuild.Core.Reading;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;
using Cv = CvBuild.Core.Model.Cv;
using LanguageLevel = CvBuild.Core.Model.LanguageLevel;
using PartialDate = CvBuild.Core.Model.PartialDate;
using TeachingLevel = CvBuild.Core.Model.TeachingLevel;

namespace CvBuild.Core.Tests.Reading;

/// <summary>
/// The person's names and ORCID iD, roles held in several periods or known only by their end, teaching details,
/// memberships, languages, skills and media coverage: read as written, mistakes reported where they are.
/// </summary>
public sealed class PersonAndRecordsReadingTests
{
    private static Cv Ok(string yaml)
    {
        var result = Read(yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Cv!;
    }

    [Fact]
    public void The_name_in_its_own_script_honorifics_and_post_nominals_are_kept_and_the_native_name_is_the_owner()
    {
        var cv = Ok("person:\n  name: LI Ming\n  native_name: 李明\n  honorifics: Prof. Dr.\n  post_nominals: FRS\n");
        Assert.Equal(("李明", "Prof. Dr.", "FRS"), (cv.Person.NativeName, cv.Person.Honorifics, cv.Person.PostNominals));
        Assert.True(cv.Person.IsOwner("李明"));
        Assert.True(cv.Person.IsOwner("Li Ming"));
        Assert.False(cv.Person.IsOwner("李"));
    }

    [Theory]
    [InlineData("0000-0002-1825-0097")]
    [InlineData("0000-0001-5109-3700")]
    [InlineData("0000-0002-1694-233X")]
    [InlineData("0000-0002-1694-233x")]
    public void A_valid_orcid_is_kept_with_an_upper_case_check_character(string orcid)
    {
        var cv = Ok(Person + $"  orcid: \"{orcid}\"\n");
        Assert.Equal(orcid.ToUpperInvariant(), cv.Person.Orcid);
    }

    [Fact]
    public void An_orcid_with_a_mistyped_digit_is_an_error_at_the_value()
    {
        var result = Read(Person + "  orcid: 0000-0002-1825-0098\n");
        Assert.False(result.Succeeded);
        Single(result, Severity.Error, 3, 10, "its digits give the check character 7, not 8");
    }

    [Fact]
    public void An_orcid_in_the_wrong_form_is_an_error_at_the_value()
    {
        var result = Read(Person + "  orcid: 0000000218250097\n");
        Single(result, Severity.Error, 3, 10, "'orcid' must be 16 characters in four groups of four");
    }

    [Fact]
    public void An_orcid_address_is_read_as_the_identifier_with_a_warning()
    {
        var result = Read(Person + "  orcid: https://orcid.org/0000-0002-1825-0097\n");
        Assert.True(result.Succeeded);
        Assert.Equal("0000-0002-1825-0097", result.Cv!.Person.Orcid);
        Single(result, Severity.Warning, 3, 10, "'orcid' takes the identifier, not an address");
    }

    /// <summary>ISO/IEC 7064 MOD 11-2 catches every single-digit error: changing any one digit changes the check character.</summary>
    [Fact]
    public void Every_single_digit_change_changes_the_orcid_check_character()
    {
        const string digits = "000000021825009";
        var check = WrittenForms.OrcidCheckCharacter(digits);
        Assert.Equal('7', check);
        for (var i = 0; i < digits.Length; i++)
            for (var d = '0'; d <= '9'; d++)
            {
                if (d == digits[i]) continue;
                var changed = digits[..i] + d + digits[(i + 1)..];
                Assert.NotEqual(check, WrittenForms.OrcidCheckCharacter(changed));
            }
    }

    [Fact]
    public void A_role_held_twice_keeps_both_periods_in_time_order()
    {
        var cv = Ok(Person + "positions:\n  - title: Visiting Professor\n    organization: CERN\n    start: 2019\n    end: present\n    periods:\n      - {start: 2001, end: 2004}\n");
        var position = Assert.Single(cv.Positions);
        Assert.Equal(2001, position.Period.Start.Year);
        var later = Assert.Single(position.OtherPeriods);
        Assert.True(later.Ongoing);
    }

    [Fact]
    public void A_degree_known_only_by_its_end_has_an_open_start_and_its_award_date()
    {
        var cv = Ok(Person + "education:\n  - degree: Diploma\n    institution: ETH Zürich\n    end: 2004\n    awarded: 2005-02\n");
        var degree = Assert.Single(cv.Education);
        Assert.True(degree.Period.StartUnknown);
        Assert.Equal(2004, degree.Period.LastYear);
        Assert.Equal(new PartialDate(2005, 2), degree.Awarded);
    }

    [Fact]
    public void A_position_without_any_date_is_an_error_at_the_position()
    {
        var result = Read(Person + "positions:\n  - title: Lecturer\n    organization: UCL\n");
        Single(result, Severity.Error, 4, 5, "position needs a 'start', an 'end' or 'periods'");
    }

    [Fact]
    public void An_end_of_present_without_a_start_is_an_error_at_the_end()
    {
        var result = Read(Person + "positions:\n  - title: Lecturer\n    organization: UCL\n    end: present\n");
        Single(result, Severity.Error, 6, 10, "'end: present' needs a 'start'");
    }

    [Fact]
    public void An_empty_period_is_an_error_at_the_period()
    {
        var result = Read(Person + "teaching:\n  - course: Algebra\n    periods:\n      - {}\n");
        Single(result, Severity.Error, 6, 9, "a period needs a 'start', an 'end' or both");
    }

    [Fact]
    public void A_backwards_extra_period_is_an_error_at_its_end()
    {
        var result = Read(Person + "teaching:\n  - course: Algebra\n    periods:\n      - start: 2010\n        end: 2008\n");
        Single(result, Severity.Error, 7, 14, "the range runs backwards");
    }

    [Fact]
    public void Teaching_needs_no_role_and_keeps_level_students_hours_and_description()
    {
        var cv = Ok(Person + "teaching:\n  - course: Algebra\n    start: 2020\n    level: graduate\n    students: 85\n    hours: 4 SWS\n    description: Weekly exercises\n");
        var t = Assert.Single(cv.Teaching);
        Assert.Null(t.Role);
        Assert.Equal((TeachingLevel.Graduate, 85, "4 SWS", "Weekly exercises"), (t.Level!.Value, t.Students!.Value, t.Hours, t.Description));
    }

    [Fact]
    public void A_student_count_of_zero_is_an_error_at_the_value()
    {
        var result = Read(Person + "teaching:\n  - course: Algebra\n    start: 2020\n    students: 0\n");
        Single(result, Severity.Error, 6, 15, "'students' must be between 1 and 100000");
    }

    [Fact]
    public void A_membership_with_only_a_start_continues_and_one_with_only_an_end_is_until_then()
    {
        var cv = Ok(Person + "memberships:\n  - organization: Royal Society\n    role: Fellow\n    start: 2015\n  - organization: APS\n    end: 2004\n");
        Assert.True(cv.Memberships[0].Period!.Ongoing);
        Assert.True(cv.Memberships[1].Period!.StartUnknown);
    }

    [Fact]
    public void A_language_level_outside_the_list_is_an_error_with_a_suggestion()
    {
        var result = Read(Person + "languages:\n  - language: German\n    level: C1\n  - language: Spanish\n    level: c1\n  - language: Latin\n    level: readin\n");
        Assert.Equal(LanguageLevel.C1, Assert.Single(Ok(Person + "languages:\n  - language: German\n    level: C1\n").Languages).Level);
        Single(result, Severity.Error, 7, 12, "did you mean 'C1'?");
        Single(result, Severity.Error, 9, 12, "did you mean 'reading'?");
    }

    [Fact]
    public void A_skill_group_needs_items()
    {
        var result = Read(Person + "skills:\n  - category: Programming\n    items: []\n");
        Single(result, Severity.Error, 5, 12, "'items' must list at least one skill");
    }

    [Fact]
    public void A_media_item_needs_a_valid_date()
    {
        var result = Read(Person + "media:\n  - outlet: BBC Radio 4\n    date: 2024-02-30\n");
        Single(result, Severity.Error, 5, 11, "February 2024 has no day 30");
    }

    [Fact]
    public void A_custom_section_may_take_a_new_built_in_id_the_cv_leaves_empty_but_not_one_it_fills()
    {
        const string custom = "custom_sections:\n  - id: skills\n    heading: Skills\n    entries:\n      - title: Python\n";
        Assert.True(Read(Person + custom).Succeeded);
        var clash = Read(Person + custom + "skills:\n  - category: Programming\n    items: [R]\n");
        Assert.Contains(clash.Diagnostics, d => d.IsError && d.Message.Contains("custom section id 'skills' is already used by the built-in section 'skills:'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_new_section_ids_may_be_named_in_section_order()
    {
        var cv = Ok(Person + "settings:\n  section_order: [languages, skills, memberships, media]\n");
        Assert.Equal(["languages", "skills", "memberships", "media"], cv.Settings.SectionOrder);
    }
}

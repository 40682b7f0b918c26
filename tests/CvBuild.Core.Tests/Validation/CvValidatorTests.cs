using CvBuild.Core.Diagnostics;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;

namespace CvBuild.Core.Tests.Validation;

public sealed class CvValidatorTests
{
    private static string Pub(string title, string authors, int year = 2020) =>
        $"  - kind: conference\n    title: {title}\n    authors: {authors}\n    year: {year}\n";

    [Fact]
    public void Publication_listed_twice_is_an_error_naming_the_first()
    {
        var result = Read(Person + "publications:\n" + Pub("Deep Nets", "[Ada Lovelace]") + Pub("deep nets.", "[Ada Lovelace]"));
        var d = Single(result, Severity.Error, 8, 5, "is listed twice with the same kind, venue and year (first at line 4)");
        Assert.Contains("'deep nets.'", d.Message);
    }

    [Fact]
    public void Titles_differing_only_in_accents_are_the_same_publication()
    {
        // Composed "Über" against "U" plus a combining diaeresis, and a plain "Uber".
        var result = Read(Person + "publications:\n" + Pub("\u00DCber Caf\u00E9", "[Ada Lovelace]") + Pub("U\u0308ber Cafe\u0301", "[Ada Lovelace]") + Pub("Uber Cafe", "[Ada Lovelace]"));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Message.Contains("is listed twice with the same kind, venue and year (first at line 4)")));
    }

    [Theory]
    [InlineData("978-2-00-000000-6", true)]
    [InlineData("978-3-16-148410-0", true)]
    [InlineData("0-306-40615-2", true)]
    [InlineData("080442957X", true)]
    [InlineData("978-2-00-000000-1", false)]
    [InlineData("0-306-40615-3", false)]
    [InlineData("12345", false)]
    public void Isbn_check_digits_follow_iso_2108(string isbn, bool valid) =>
        Assert.Equal(valid, CvBuild.Core.Validation.CvValidator.IsbnChecksumHolds(isbn));

    [Fact]
    public void An_isbn_with_a_wrong_check_digit_is_a_warning_at_the_publication()
    {
        var result = Read(Person + "publications:\n  - kind: book\n    title: B\n    authors: [Ada Lovelace]\n    isbn: 978-2-00-000000-1\n    year: 2020\n");
        Single(result, Severity.Warning, 4, 5, "ISBN '978-2-00-000000-1' of 'B' has a wrong check digit");
    }

    [Fact]
    public void A_workshop_and_a_journal_version_may_share_a_title()
    {
        var result = Read(Person + "publications:\n" + Pub("Deep Nets", "[Ada Lovelace]")
            + "  - kind: journal\n    title: Deep Nets\n    authors: [Ada Lovelace]\n    year: 2020\n"
            + "  - kind: conference\n    title: Deep Nets\n    authors: [Ada Lovelace]\n    year: 2021\n"
            + "  - kind: conference\n    title: Deep Nets\n    authors: [Ada Lovelace]\n    venue: ICML\n    year: 2020\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("listed twice"));
    }

    [Fact]
    public void An_edited_volume_needs_no_author_and_counts_the_owner_as_editor()
    {
        var result = Read(Person + "publications:\n  - kind: book\n    title: Essays\n    editors: [Ada Lovelace, {organization: Royal Society}]\n    year: 2020\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var p = result.Cv!.Publications[0];
        Assert.Empty(p.Authors);
        Assert.Equal(["Ada Lovelace", "Royal Society"], p.Editors.Select(e => e.Name));
        Assert.True(p.Editors[1].Organization);
    }

    [Fact]
    public void A_publication_with_neither_authors_nor_editors_is_an_error_at_the_entry()
    {
        var result = Read(Person + "publications:\n  - kind: book\n    title: Essays\n    year: 2020\n");
        Single(result, Severity.Error, 4, 5, "missing the required field 'authors' (or 'editors'");
    }

    [Fact]
    public void An_organisation_author_is_kept_whole_and_is_never_the_owner()
    {
        var result = Read(Person + "publications:\n  - kind: journal\n    title: T\n    year: 2020\n    authors: [{organization: Ada Lovelace}, Bob]\n");
        Single(result, Severity.Warning, 4, 5, "is not among the authors, editors or translators of 'T'");
        Assert.True(result.Cv!.Publications[0].Authors[0].Organization);
    }

    [Fact]
    public void An_author_with_both_name_and_organization_is_an_error_at_that_author()
    {
        var result = Read(Person + "publications:\n  - kind: journal\n    title: T\n    year: 2020\n    authors: [Ada Lovelace, {name: Bob, organization: CERN}]\n");
        Single(result, Severity.Error, 7, 29, "needs a 'name' (a person) or an 'organization', not both");
    }

    [Fact]
    public void Equal_contribution_mark_on_one_author_is_an_error_at_that_author()
    {
        var result = Read(Person + "publications:\n" + Pub("T", "[\"Ada Lovelace*\", Bob]"));
        Single(result, Severity.Error, 6, 15, "only 'Ada Lovelace' is marked '*' (equal contribution)");
    }

    [Fact]
    public void Structured_equal_marks_count_like_stars()
    {
        var result = Read(Person + "publications:\n  - kind: conference\n    title: T\n    year: 2020\n    authors:\n      - {name: Ada Lovelace, equal: true}\n      - \"Bob*\"\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Cv!.Publications[0].Authors, a => Assert.True(a.Equal));
        Assert.Equal("Bob", result.Cv.Publications[0].Authors[1].Name);
    }

    [Fact]
    public void Paper_without_the_owner_is_a_warning_not_an_error()
    {
        var result = Read(Person + "publications:\n" + Pub("T", "[Bob, Carol]"));
        Single(result, Severity.Warning, 4, 5, "'Ada Lovelace' (or an alias in person.aliases) is not among the authors, editors or translators of 'T'");
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void An_alias_counts_as_the_owner()
    {
        var result = Read("person:\n  name: Ada Lovelace\n  aliases: [A. Lovelace]\npublications:\n" + Pub("T", "[Bob, A Lovelace]"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Patent_without_the_owner_is_a_warning()
    {
        var result = Read(Person + "patents:\n  - title: P\n    inventors: [Bob]\n    year: 2020\n");
        Single(result, Severity.Warning, 4, 5, "not among the inventors of 'P'");
    }

    [Fact]
    public void Unknown_section_in_section_order_is_an_error_with_a_suggestion()
    {
        var result = Read(Person + "settings:\n  section_order: [education, publicatons]\n");
        var d = Single(result, Severity.Error, 4, 30, "unknown section 'publicatons' in section_order");
        Assert.EndsWith("did you mean 'publications'?", d.Message);
    }

    [Fact]
    public void Keys_differing_only_in_letter_case_are_an_error_at_the_second()
    {
        var result = Read(Person + "publications:\n" + Pub("A", "[Ada Lovelace]") + "    key: lee2021deepa\n" + Pub("B", "[Ada Lovelace]") + "    key: LEE2021DEEPA\n");
        Single(result, Severity.Error, 9, 5, "BibTeX key 'LEE2021DEEPA' is the key 'lee2021deepa' (line 4) in another letter case");
    }

    [Theory]
    [InlineData("Ada\u00A0Lovelace")]
    [InlineData("Ada\u202FLovelace")]
    [InlineData("A.\u00A0Lovelace")]
    [InlineData("Ada\u200B Lovelace")]
    public void A_no_break_space_or_an_invisible_character_in_a_name_does_not_hide_the_owner(string name)
    {
        var result = Read("person:\n  name: Ada Lovelace\n  aliases: [A. Lovelace]\npublications:\n" + Pub("T", $"[Bob, \"{name}\"]"));
        Assert.Empty(result.Diagnostics);
    }
}

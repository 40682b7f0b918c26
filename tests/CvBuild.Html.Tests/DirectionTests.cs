namespace CvBuild.Html.Tests;

/// <summary>The page's direction comes from the locale; each right-to-left field is a &lt;bdi&gt; isolate (UAX #9 X5c).</summary>
public sealed class DirectionTests
{
    private const string Mixed =
        "person: {name: Layla Haddad}\npositions:\n  - {title: \"مهندسة (Engineer)\", organization: Jordan Valley Authority, location: Amman, start: 2012}\n";

    [Fact]
    public void An_english_page_is_ltr_and_isolates_only_its_right_to_left_fields()
    {
        var page = Pages.Render(Pages.Read(Mixed));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", page);
        Assert.Contains("<strong><bdi>مهندسة (Engineer)</bdi></strong>, <em>Jordan Valley Authority</em>, Amman", page);
    }

    [Fact]
    public void A_hebrew_page_is_rtl_and_isolates_every_field_but_not_the_commas_between()
    {
        var page = Pages.Render(Pages.Read("settings: {locale: he}\n" + Mixed));
        Assert.Contains("<html lang=\"he\" dir=\"rtl\">", page);
        Assert.Contains("<strong><bdi>مهندسة (Engineer)</bdi></strong>, <em><bdi>Jordan Valley Authority</bdi></em>, <bdi>Amman</bdi>", page);
    }

    [Fact]
    public void A_paragraph_of_free_text_takes_its_own_direction()
    {
        var page = Pages.Render(Pages.Read(
            "person: {name: A B}\npublications:\n  - {kind: journal, title: T, authors: [A B], venue: J, year: 2020, abstract: \"מחקר על מי תהום.\"}\n"), "publications");
        Assert.Contains("<p class=\"abstract\" dir=\"auto\">", page);
    }
}

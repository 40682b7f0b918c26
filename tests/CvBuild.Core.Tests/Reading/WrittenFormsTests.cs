using CvBuild.Core.Diagnostics;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;

namespace CvBuild.Core.Tests.Reading;

/// <summary>Identifiers written as addresses, and authors written as a list or "Family, Given": read, with a warning.</summary>
public sealed class WrittenFormsTests
{
    private static string Paper(string extra) =>
        Person + "publications:\n  - kind: journal\n    title: T\n    year: 2020\n    venue: V\n" + extra;

    [Theory]
    [InlineData("https://doi.org/10.1000/182", "10.1000/182")]
    [InlineData("http://dx.doi.org/10.1145/3368089.3409686", "10.1145/3368089.3409686")]
    [InlineData("https://doi.org/10.1000%2F182", "10.1000/182")]
    [InlineData("doi:10.1000/182", "10.1000/182")]
    public void A_doi_written_as_an_address_is_read_as_its_identifier_with_a_warning(string written, string id)
    {
        var result = Read(Paper($"    authors: [Ada Lovelace]\n    links:\n      doi: \"{written}\"\n"));
        Assert.True(result.Succeeded);
        Assert.Equal(id, result.Cv!.Publications[0].Links.Doi);
        Single(result, Severity.Warning, 10, 12, "'doi' takes the identifier, not an address");
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2101.00001v2", "2101.00001v2")]
    [InlineData("http://arxiv.org/pdf/2101.00001.pdf", "2101.00001")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001")]
    [InlineData("arXiv:2101.00001", "2101.00001")]
    public void An_arxiv_id_written_as_an_address_is_read_as_its_identifier_with_a_warning(string written, string id)
    {
        var result = Read(Paper($"    authors: [Ada Lovelace]\n    links:\n      arxiv: \"{written}\"\n"));
        Assert.True(result.Succeeded);
        Assert.Equal(id, result.Cv!.Publications[0].Links.Arxiv);
        Single(result, Severity.Warning, 10, 14, "'arxiv' takes the identifier, not an address");
    }

    [Fact]
    public void An_identifier_written_as_one_is_read_without_a_warning()
    {
        var result = Read(Paper("    authors: [Ada Lovelace]\n    links: {doi: 10.1000/182, arxiv: 2101.00001}\n"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("10.1000/182", result.Cv!.Publications[0].Links.Doi);
    }

    [Fact]
    public void An_author_in_family_given_form_gets_a_warning_with_the_name_turned_round()
    {
        var result = Read(Paper("    authors:\n      - \"Lovelace, Ada\"\n"));
        Assert.True(result.Succeeded);
        Single(result, Severity.Warning, 9, 9, "write it as printed, given name first: 'Ada Lovelace'");
    }

    [Fact]
    public void Authors_joined_in_one_string_get_a_warning_to_list_them()
    {
        var result = Read(Paper("    authors: [\"Ada Lovelace, Charles Babbage, Mary Somerville\"]\n"));
        Assert.True(result.Succeeded);
        Single(result, Severity.Warning, 8, 15, "looks like several authors in one string");
    }

    [Theory]
    [InlineData("Martin Luther King, Jr.")]
    [InlineData("Ada Lovelace")]
    public void A_name_with_a_suffix_or_no_comma_is_no_warning(string name)
    {
        var result = Read(Paper($"    authors: [\"{name}\", Ada Lovelace]\n"));
        Assert.Empty(result.Diagnostics.Select(d => d.Message));
    }
}

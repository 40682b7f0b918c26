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
    [Theory]
    [InlineData("\"smith 2020,{x}\"", "holds a space, ',', '{', '}'")]
    [InlineData("a#b", "holds '#'")]
    [InlineData("\"50%off\"", "holds '%'")]
    [InlineData("'a\\b~c'", "holds '\\', '~'")]
    [InlineData("\"o'brien2020\"", "holds '''")]
    public void A_key_bibtex_cannot_take_is_an_error_at_the_key(string key, string message)
    {
        var result = Read(Paper($"    authors: [Ada Lovelace]\n    key: {key}\n"));
        Assert.False(result.Succeeded);
        var d = Single(result, Severity.Error, 9, 10, message);
        Assert.Contains("bibtex and biber do not take in a key", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("razin2021implicit")]
    [InlineData("Lee:2021/deep-learning_v2.0+x")]
    public void A_key_of_letters_digits_and_punctuation_bibtex_allows_is_read_without_a_diagnostic(string key)
    {
        var result = Read(Paper($"    authors: [Ada Lovelace]\n    key: \"{key}\"\n"));
        Assert.Empty(result.Diagnostics.Select(d => d.Message));
        Assert.Equal(key, result.Cv!.Publications[0].Key);
    }

    [Fact]
    public void A_non_ascii_key_is_a_warning_since_only_biber_takes_it()
    {
        var result = Read(Paper("    authors: [Ada Lovelace]\n    key: müller2020\n"));
        Assert.True(result.Succeeded);
        Single(result, Severity.Warning, 9, 10, "is not ASCII");
    }

    [Fact]
    public void A_key_used_twice_is_an_error_at_the_second_entry()
    {
        var result = Read(Paper("    authors: [Ada Lovelace]\n    key: k1\n  - {kind: journal, title: U, year: 2021, venue: V, authors: [Ada Lovelace], key: k1}\n"));
        Assert.False(result.Succeeded);
        Single(result, Severity.Error, 10, 5, "BibTeX key 'k1' is used twice (first at line 4)");
    }

    [Theory]
    [InlineData("[Ada Lovelace, others, B C]", 8, 29, "'B C' follows it")]
    [InlineData("[Ada Lovelace, Others, B C]", 8, 29, "'B C' follows it")]
    [InlineData("[others]", 8, 15, "cannot be the only item of 'authors'")]
    public void Others_anywhere_but_last_is_an_error_at_its_place(string authors, int line, int column, string message)
    {
        var result = Read(Paper($"    authors: {authors}\n"));
        Assert.False(result.Succeeded);
        Single(result, Severity.Error, line, column, message);
    }

    [Fact]
    public void Others_at_the_end_of_a_list_is_read_without_a_diagnostic()
    {
        var result = Read(Paper("    authors: [Ada Lovelace, B C, others]\n    editors: [E D, others]\n"));
        Assert.Empty(result.Diagnostics.Select(d => d.Message));
    }

    [Theory]
    [InlineData("Jane Doe (née Smith)")]
    [InlineData("Jane Doe (Smith, née)")]
    [InlineData("Somchai Wongsakul (สมชาย วงศ์สกุล)")]
    public void A_name_with_a_parenthetical_is_no_warning(string name)
    {
        var result = Read(Paper($"    authors: [\"{name}\", Ada Lovelace]\n"));
        Assert.Empty(result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void A_name_with_an_unclosed_parenthesis_gets_a_warning()
    {
        var result = Read(Paper("    authors: [\"Jane Doe (née Smith\", Ada Lovelace]\n"));
        Assert.True(result.Succeeded);
        Single(result, Severity.Warning, 8, 15, "unbalanced parenthesis");
    }
}

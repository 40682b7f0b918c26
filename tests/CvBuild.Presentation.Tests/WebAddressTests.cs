using CvBuild.Presentation.Building;

namespace CvBuild.Presentation.Tests;

/// <summary>Addresses are written percent-encoded (RFC 3986), whatever characters the CV gives.</summary>
public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://example.org/a b", "https://example.org/a%20b")]
    [InlineData("https://example.org/x<y>z", "https://example.org/x%3Cy%3Ez")]
    [InlineData("https://example.org/~ä?q=1&r=2#f", "https://example.org/~%C3%A4?q=1&r=2#f")]
    [InlineData("https://example.org/already%20encoded", "https://example.org/already%20encoded")]
    [InlineData("https://example.org/100%", "https://example.org/100%25")]
    [InlineData("https://example.org/{a}|\"b\"", "https://example.org/%7Ba%7D%7C%22b%22")]
    public void Characters_a_uri_cannot_hold_are_encoded(string given, string written) =>
        Assert.Equal(written, WebAddress.Encode(given));

    [Theory]
    [InlineData("10.1000/a#b?c%d", "https://doi.org/10.1000/a%23b%3Fc%25d")]
    [InlineData("10.1002/(SICI)1099-1727(199821)14:1<3::AID-SDR140>3.0.CO;2-K", "https://doi.org/10.1002/(SICI)1099-1727(199821)14:1%3C3::AID-SDR140%3E3.0.CO;2-K")]
    public void A_doi_is_one_path_so_its_question_marks_hashes_and_percents_are_data(string doi, string url) =>
        Assert.Equal(url, WebAddress.Doi(doi));

    [Fact]
    public void Every_encoded_address_is_a_valid_absolute_uri()
    {
        var random = new Random(8);
        for (var i = 0; i < 500; i++)
        {
            var path = new string([.. Enumerable.Range(0, 20).Select(_ => (char)random.Next(0x20, 0x2FF))]);
            var url = WebAddress.Encode("https://example.org/" + path);
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out _), url);
            Assert.DoesNotContain(url, c => c is '<' or '>' or ' ' or '"' or > '~');
        }
    }
}

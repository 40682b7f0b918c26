using CvBuild.Cli.Build;

namespace CvBuild.Presentation.Tests;

/// <summary>Dates are handed to the renderers, never read by them.</summary>
public sealed class HandedInDateTests
{
    [Fact]
    public void Every_output_words_the_date_it_is_handed_when_the_cv_has_none()
    {
        var cv = Outputs.Read("person:\n  name: Ada Lovelace\nawards:\n  - year: 1840\n    title: Medal\n");
        var context = Outputs.WithEpoch("1700000000");
        foreach (var format in new[] { "text", "markdown" })
        {
            var text = System.Text.Encoding.UTF8.GetString(OutputFormats.Get(format).Render(cv, "full", OptionValues.None, context).Bytes);
            Assert.Contains("Last updated November 2023", text);
        }
        var pdf = OutputFormats.Get("pdf").Render(cv, "full", OptionValues.None, context).Bytes;
        Assert.Contains("Last updated November 2023", Outputs.PdfToText(pdf));
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), doc.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void The_cv_last_updated_wins_over_the_epoch_in_every_output()
    {
        var cv = Outputs.Read("person:\n  name: Ada Lovelace\nlast_updated: 2025-02\nawards:\n  - year: 1840\n    title: Medal\n");
        var context = Outputs.WithEpoch("1700000000");
        var pdf = OutputFormats.Get("pdf").Render(cv, "full", OptionValues.None, context).Bytes;
        Assert.Contains("Last updated February 2025", Outputs.PdfToText(pdf));
        Assert.Contains("Last updated February 2025", System.Text.Encoding.UTF8.GetString(OutputFormats.Get("text").Render(cv, "full", OptionValues.None, context).Bytes));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData(" 1700000000")]
    [InlineData("1.5")]
    [InlineData("253402300800")]
    public void A_malformed_epoch_is_an_error_in_every_dated_output_not_a_silent_fallback(string epoch)
    {
        var cv = Outputs.Read("person:\n  name: Ada Lovelace\nawards:\n  - year: 1840\n    title: Medal\n");
        foreach (var format in new[] { "pdf", "text", "markdown" })
        {
            var ex = Assert.Throws<OptionException>(() => OutputFormats.Get(format).Render(cv, "full", OptionValues.None, Outputs.WithEpoch(epoch)));
            Assert.Contains($"SOURCE_DATE_EPOCH '{epoch}'", ex.Message);
        }
        // With last_updated the epoch is not needed, so it is not read.
        var dated = Outputs.Read("person:\n  name: Ada Lovelace\nlast_updated: 2025-02\n");
        Assert.NotEmpty(OutputFormats.Get("pdf").Render(dated, "full", OptionValues.None, Outputs.WithEpoch(epoch)).Bytes);
    }
}

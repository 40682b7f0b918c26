using CvBuild.Layout.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace CvBuild.Layout.Tests;

public sealed class LinkTests
{
    [Fact]
    public void Link_spans_become_uri_annotations_over_their_text()
    {
        var text = new RichText { { "See ", TestFonts.Serif } };
        text.AddLink("my site", "https://example.org/cv?x=1", TestFonts.Serif);
        text.Add(" for more.", TestFonts.Serif);
        var pdf = Pdfs.Doc(text).Render();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var annotation = Assert.Single(page.GetAnnotations());
        var action = Assert.IsType<UriAction>(annotation.Action);
        Assert.Equal("https://example.org/cv?x=1", action.Uri);
        var m = page.Letters.First(l => l.Value == "m");
        Assert.InRange(m.StartBaseLine.X, annotation.Rectangle.Left - 0.5, annotation.Rectangle.Right);
        var f = page.Letters.First(l => l.Value == "f");
        Assert.True(f.StartBaseLine.X > annotation.Rectangle.Right - 0.5);
    }

    [Fact]
    public void A_link_wrapped_over_two_lines_gets_an_annotation_per_line()
    {
        var text = new RichText();
        text.Add(SampleText.Lorem(2), TestFonts.Serif);
        text.AddLink(" a link that is long enough to wrap over the end of a line for sure", "https://example.org/", TestFonts.Serif);
        var narrow = new Padding(text) { Right = 300 };
        var pdf = Pdfs.Doc(narrow).Render();
        using var document = PdfDocument.Open(pdf);
        var annotations = document.GetPage(1).GetAnnotations().ToList();
        Assert.True(annotations.Count >= 2);
        Assert.All(annotations, a => Assert.Equal("https://example.org/", Assert.IsType<UriAction>(a.Action).Uri));
    }
}

using CvBuild.Layout.Tests.Support;

namespace CvBuild.Layout.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void A_simple_document_renders_its_text()
    {
        var body = TestFonts.Serif;
        var content = new Column(
            new RichText("Curriculum Vitae", body.WithSize(20).WithBold()),
            new RichText { Alignment = TextAlignment.Justify }.With(r =>
            {
                r.Add("Worked on finetuning of large models with Müller at the Ångström lab; Chloé ", body);
                r.Add("led", body.WithItalic());
                r.Add(" the efficient office workflow, see ", body);
                r.AddLink("https://example.org/a/very/long/path/for/testing", "https://example.org/a/very/long/path/for/testing", body.WithColor(Color.FromHex("#1a4d8f")));
                r.Add(". Greek: Καλημέρα, Cyrillic: Привет, CJK: 你好世界. " + string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 10)), body);
            }),
            new HorizontalRule(),
            new Row { Spacing = 8 }.With(r =>
            {
                r.Add(RowItem.Fixed(70, new RichText("2019–2024", TestFonts.Sans.WithBold())));
                r.Add(RowItem.Relative(new RichText("Senior researcher, a long description that wraps over more than one line in the relative cell of the row.", body)));
            }))
        { Spacing = 6 };
        var pdf = Pdfs.Doc(content, (p, n) => new RichText($"Page {p} of {n}", TestFonts.Sans.WithSize(8)) { Alignment = TextAlignment.Center }).Render();
        Pdfs.Save(pdf, "smoke");
        var text = Pdfs.AllText(pdf);
        Assert.Contains("finetuning", text);
        Assert.Contains("Page 1 of 1", text);
    }
}

internal static class ElementExtensions
{
    public static T With<T>(this T element, Action<T> configure)
    {
        configure(element);
        return element;
    }
}

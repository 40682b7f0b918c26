using CvBuild.Layout.Tests.Support;

namespace CvBuild.Layout.Tests;

/// <summary>Keeps the README example compiling and working.</summary>
public sealed class ApiSampleTests
{
    [Fact]
    public void The_readme_example_renders()
    {
        var fonts = TestFonts.Library;
        var fixedDate = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var body = new TextStyle { FontFamily = FontFamilies.Serif, Size = 10 };

        var pdf = new Document
        {
            Fonts = fonts,
            PageSize = PageSizes.A4,
            Margins = new Margins(Margins.Millimetres(20)),
            Metadata = new DocumentMetadata { Title = "CV", Author = "Ada", Created = fixedDate, Modified = fixedDate },
            Header = (page, total) => page == 1 ? new Column() : new RichText("Ada Lovelace", body.WithSize(8)),
            Footer = (page, total) => new RichText($"{page} / {total}", body.WithSize(8)) { Alignment = TextAlignment.Center },
            Content = new Column(6)
            {
                new Bookmark("Experience", 0, new KeepWithNext(new RichText("Experience", body.WithSize(14).WithBold()))),
                new Row(8)
                {
                    RowItem.Fixed(70, new RichText("2019–2024", body.WithBold())),
                    RowItem.Relative(1, new RichText
                    {
                        Alignment = TextAlignment.Justify,
                        Spans =
                        {
                            { "Worked on ", body },
                            { "finetuning", body.WithItalic() },
                            { " project page", body.WithColor(Color.FromHex("#1a4d8f")), "https://example.org" },
                        },
                    }),
                },
            },
        }.Render();

        Pdfs.Save(pdf, "readme");
        var text = Pdfs.AllText(pdf);
        Assert.Contains("Experience", text);
        Assert.Contains("finetuning", text);
        Assert.Contains("1 / 1", text);
    }
}

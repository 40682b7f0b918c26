using CvBuild.Core.Model;
using CvBuild.Presentation.Building;
using UglyToad.PdfPig.Actions;

namespace CvBuild.Pdf.Tests;

/// <summary>The renderer on small CVs made in code: what each option and each kind of entry does to the page.</summary>
public sealed class CvPdfRendererTests
{
    private static readonly Cv Small = new()
    {
        Person = new Person { Name = "Ada Lovelace", Aliases = ["A. Lovelace"], Email = "ada@example.org" },
        Publications =
        [
            new Publication
            {
                Kind = PublicationKind.Journal, Title = "Notes on the Analytical Engine", Year = 1843,
                Authors = [new Author("Luigi Menabrea"), new Author("A. Lovelace")],
                Venue = new Venue("SM", "Scientific Memoirs"), Status = "translated with notes",
                Links = new PublicationLinks { Doi = "10.1000/engine", Arxiv = "1843.00001" },
            },
        ],
        CustomSections =
        [
            new CustomSection
            {
                Id = "software", Heading = "Software",
                Entries = [new CustomEntry { Period = Period.Single(1842), Title = "Bernoulli program", Text = "The first published algorithm.", Url = "https://example.org/bernoulli" }],
            },
        ],
        Settings = new DocumentSettings { SectionOrder = [SectionIds.Publications, "software"] },
    };

    private static string Text(byte[] pdf)
    {
        using var doc = PdfFile.Open(pdf);
        return string.Join("\n", doc.GetPages().SelectMany(PdfText.Lines).Select(l => l.Text));
    }

    [Fact]
    public void Legend_is_left_out_when_no_shown_paper_has_equal_contributors()
    {
        var text = Text(Render.Pdf(Small));
        Assert.DoesNotContain("equal contribution", text);
        Assert.Contains("Journal Articles", text);
        Assert.DoesNotContain("Conference Proceedings", text);
    }

    [Fact]
    public void Collaboration_paper_is_shortened_to_max_authors_keeping_the_owner()
    {
        var collaboration = Small.Publications[0] with
        {
            Title = "Observation of a New Boson",
            Authors = [.. Enumerable.Range(0, 300).Select(i => new Author(i == 200 ? "Ada Lovelace" : $"Physicist{i}"))],
        };
        var cv = Small with { Publications = [collaboration], Settings = Small.Settings with { MaxAuthors = 3 } };
        var text = Text(Render.Pdf(cv));
        Assert.Contains("Physicist0, Physicist1, Physicist2, \u2026, Ada Lovelace et al.", text);
        Assert.DoesNotContain("Physicist3", text);
        Assert.DoesNotContain("Physicist299", text);
    }

    [Fact]
    public void Alias_of_the_owner_is_bold()
    {
        using var doc = PdfFile.Open(Render.Pdf(Small));
        var words = doc.GetPages().SelectMany(p => p.GetWords()).ToList();
        Assert.Contains("Bold", words.First(w => w.Text == "Lovelace").Letters[0].FontName, StringComparison.Ordinal);
        Assert.DoesNotContain("Bold", words.First(w => w.Text.StartsWith("Menabrea", StringComparison.Ordinal)).Letters[0].FontName, StringComparison.Ordinal);
    }

    [Fact]
    public void Venue_year_status_and_readable_identifiers_follow_the_authors()
    {
        var bytes = Render.Pdf(Small);
        Assert.Contains("Scientific Memoirs (SM), 1843, translated with notes", Text(bytes));
        Assert.True(Text(bytes).Contains("arXiv:1843.00001, doi:10.1000/engine", StringComparison.Ordinal), Text(bytes));
        using var doc = PdfFile.Open(bytes);
        var uris = doc.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => (a.Action as UriAction)?.Uri).ToList();
        Assert.Contains("https://doi.org/10.1000/engine", uris);
        Assert.Contains("https://arxiv.org/abs/1843.00001", uris);
        Assert.Contains("mailto:ada@example.org", uris);
    }

    [Fact]
    public void Custom_sections_show_their_heading_entries_and_links()
    {
        var bytes = Render.Pdf(Small);
        var text = Text(bytes);
        Assert.Contains("Software", text);
        Assert.Contains("1842 Bernoulli program", text);
        Assert.Contains("The first published algorithm.", text);
        using var doc = PdfFile.Open(bytes);
        Assert.Contains("https://example.org/bernoulli", doc.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => (a.Action as UriAction)?.Uri));
    }

    [Fact]
    public void Numbering_none_prints_no_numbers()
    {
        var text = Text(Render.Pdf(Small, new DocumentOptions { Numbering = Numbering.None }));
        Assert.Contains("\nNotes on the Analytical Engine", text);
        Assert.DoesNotContain("1. Notes", text);
    }

    [Fact]
    public void Footer_falls_back_to_the_given_date_when_the_cv_has_none()
    {
        var text = Text(Render.Pdf(Small, new DocumentOptions { Date = new PartialDate(2024, 3, 9) }, date: new DateTimeOffset(2024, 3, 9, 12, 0, 0, TimeSpan.Zero)));
        Assert.Contains("Last updated March 2024", text);
        Assert.Contains("Ada Lovelace \u2014 page 1 of 1", text);
    }

    [Theory]
    [InlineData("theme", "gothic")]
    [InlineData("page", "a3")]
    [InlineData("font", "Comic Sans")]
    [InlineData("accent", "blue-ish")]
    public void Impossible_designs_are_reported_as_render_errors(string what, string value)
    {
        var design = what switch
        {
            "theme" => new Design { Theme = value },
            "page" => new Design { PageSize = value },
            "font" => new Design { BodyFont = value },
            _ => new Design { AccentColor = value },
        };
        var cv = Small with { Settings = Small.Settings with { Design = design } };
        var ex = Assert.Throws<PdfRenderException>(() => Render.Pdf(cv));
        Assert.Contains(value, ex.Message);
    }

    [Fact]
    public void Design_fonts_and_accent_colour_from_the_yaml_are_used()
    {
        var cv = Small with { Settings = Small.Settings with { Design = new Design { BodyFont = "Noto Sans", HeadingFont = "Noto Serif", AccentColor = "#aa0000" } } };
        using var doc = PdfFile.Open(Render.Pdf(cv));
        var letters = doc.GetPages().SelectMany(p => p.Letters).ToList();
        // The name in the header is a heading (the footer's "Ada Lovelace — page 1 of 1" is body text).
        var name = PdfText.Lines(doc.GetPage(1)).First(l => l.Text.StartsWith("Ada Lovelace", StringComparison.Ordinal) && !l.Text.Contains("page", StringComparison.Ordinal)).Words[0];
        Assert.Contains("NotoSerif", name.Letters[0].FontName, StringComparison.Ordinal);
        Assert.Contains(letters, l => (l.FontName ?? "").Contains("NotoSans", StringComparison.Ordinal));
    }

    [Fact]
    public void A_font_file_damaged_after_registration_is_a_render_error_naming_it()
    {
        var dir = Directory.CreateTempSubdirectory("fonts");
        try
        {
            foreach (var file in Directory.GetFiles(Layout.FontLibrary.DefaultDirectory))
                File.Copy(file, Path.Combine(dir.FullName, Path.GetFileName(file)));
            using var fonts = Layout.FontLibrary.Load(dir.FullName);
            // Registration checked the file; the face is read only when the CV first uses it.
            foreach (var file in dir.GetFiles("Noto*.ttf"))
                File.WriteAllText(file.FullName, "damaged");

            var ex = Assert.Throws<PdfRenderException>(() => CvPdfRenderer.Render(Render.Document(Small), new PdfOptions { Fonts = fonts, Design = Small.Settings.Design }));
            Assert.Contains("a font could not be loaded", ex.Message);
            Assert.Contains(".ttf", ex.Message);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}

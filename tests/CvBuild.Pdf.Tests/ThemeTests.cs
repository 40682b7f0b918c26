using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Pdf.Theming;

namespace CvBuild.Pdf.Tests;

/// <summary>Themes as data: the built-in files, a user's file, and what each theme's structure does to a page.</summary>
public sealed class ThemeTests
{
    /// <summary>The example CV, the repository's other example CVs and the real-world case fixtures.</summary>
    private static IEnumerable<string> CvFiles()
    {
        yield return Repo.ExampleCv;
        var examples = Path.Combine(Repo.Root, "cv-data", "examples");
        if (Directory.Exists(examples))
            foreach (var file in Directory.GetFiles(examples, "*.yaml").Order(StringComparer.Ordinal)) yield return file;
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "tests", "CvBuild.Pdf.Tests", "ThemeCases"), "*.yaml").Order(StringComparer.Ordinal))
            yield return file;
    }

    public static TheoryData<string> Themes() => [.. BuiltInThemes.Names];

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_theme_sets_every_example_cv_inside_the_text_area(string theme)
    {
        var files = CvFiles().ToList();
        Assert.True(files.Count >= 10, "the example CV and the case fixtures are all found");
        foreach (var file in files)
        {
            var read = CvReader.ReadFile(file);
            Assert.True(read.Succeeded, $"{file}: {string.Join("; ", read.Diagnostics)}");
            var cv = read.Cv!;
            var design = cv.Settings.Design with { Theme = theme };
            var rendering = Render.Detailed(cv, design: design);
            using var pdf = PdfFile.Open(rendering.Pdf);
            Assert.Equal(rendering.PageCount, pdf.NumberOfPages);
            var margin = design.MarginMm * 72 / 25.4;
            foreach (var page in pdf.GetPages())
            {
                Assert.NotEmpty(page.Letters);
                foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
                {
                    // The advance, from origin to origin, is what a line fills; a glyph's ink may overhang it (a J's tail).
                    var (left, right) = (letter.StartBaseLine.X, letter.EndBaseLine.X);
                    var where = $"{Path.GetFileName(file)} page {page.Number}: '{letter.Value}' at x {left:0.0}–{right:0.0}";
                    Assert.True(left >= margin - 0.5 && right <= page.Width - margin + 0.5, $"{where} is outside the text area ({margin:0.0}–{page.Width - margin:0.0})");
                    Assert.True(letter.BoundingBox.Bottom >= 0 && letter.BoundingBox.Top <= page.Height, $"{where} is off the page");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Each_built_in_theme_is_a_theme_file_that_reads_without_a_diagnostic(string name)
    {
        var read = ThemeReader.Parse(BuiltInThemes.Source(name), name + ".yaml");
        Assert.Empty(read.Diagnostics);
        Assert.Equal(name, read.Theme!.Name);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Theme_show_prints_yaml_that_reads_back_to_the_built_in_theme(string name)
    {
        var (exit, stdout, _) = Cli.Run("theme", "show", name);
        Assert.Equal(0, exit);
        Assert.Equal(BuiltInThemes.Get(name), ThemeReader.Parse(stdout, "shown.yaml").Theme);
    }

    [Fact]
    public void The_themes_differ_in_structure_not_only_in_colour()
    {
        var themes = BuiltInThemes.Names.Select(BuiltInThemes.Get).ToList();
        Assert.Equal(themes.Count, themes.Select(t => (t.Header, t.HeadingStyle, t.DateSide, t.DateAlignment, t.EntryOrder, t.EntryLines, t.SmallCaps)).Distinct().Count());
        Assert.Contains(themes, t => t.Header == HeaderLayout.Sidebar);
        Assert.Contains(themes, t => t.HeadingStyle == HeadingStyle.Band);
        Assert.Contains(themes, t => t.EntryLines == EntryLines.RunIn);
    }

    [Fact]
    public void A_theme_file_named_in_the_cv_is_read_relative_to_the_cv_and_used()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("looks"));
        // The modern theme under another name: the PDF must be the modern one, byte for byte.
        File.WriteAllText(dir.File("looks/mine.yaml"), BuiltInThemes.Source("modern").Replace("name: modern", "name: mine", StringComparison.Ordinal));
        File.WriteAllText(dir.File("cv.yaml"), WithTheme(File.ReadAllText(Repo.ExampleCv), "looks/mine.yaml"));
        var cwd = Directory.GetCurrentDirectory();
        Assert.Equal(0, Cli.Run("pdf", dir.File("cv.yaml"), "-o", dir.File("mine.pdf")).Exit);
        Assert.Equal(0, Cli.Run("pdf", dir.File("cv.yaml"), "-o", dir.File("modern.pdf"), "--theme", "modern").Exit);
        Assert.Equal(File.ReadAllBytes(dir.File("modern.pdf")), File.ReadAllBytes(dir.File("mine.pdf")));
        Assert.Equal(cwd, Directory.GetCurrentDirectory());
    }

    [Fact]
    public void The_theme_option_takes_a_path()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("compact-copy.yaml"), BuiltInThemes.Source("compact"));
        Assert.Equal(0, Cli.Run("pdf", Repo.ExampleCv, "-o", dir.File("a.pdf"), "--theme", dir.File("compact-copy.yaml")).Exit);
        Assert.Equal(0, Cli.Run("pdf", Repo.ExampleCv, "-o", dir.File("b.pdf"), "--theme", "compact").Exit);
        Assert.Equal(File.ReadAllBytes(dir.File("b.pdf")), File.ReadAllBytes(dir.File("a.pdf")));
    }

    [Fact]
    public void A_bad_theme_file_is_reported_line_by_line_at_file_line_col_and_exits_1()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("bad.yaml"), "name: mine\ncolors:\n  accent: \"#12345\"\nsizes:\n  nme: 3\n  line_height: 7\nheadings:\n  style: boxed\n");
        File.WriteAllText(dir.File("cv.yaml"), WithTheme(File.ReadAllText(Repo.ExampleCv), "bad.yaml"));
        var (exit, _, stderr) = Cli.Run("pdf", dir.File("cv.yaml"), "-o", dir.File("cv.pdf"));
        Assert.Equal(1, exit);
        Assert.Contains("bad.yaml:3:11: error: 'accent' must be a colour", stderr);
        Assert.Contains("bad.yaml:5:3: error: unknown field 'nme' in sizes; did you mean 'name'?", stderr);
        Assert.Contains("bad.yaml:6:16: error: 'line_height' must be a number from 1 to 2, not '7'", stderr);
        Assert.Contains("bad.yaml:8:10: error: 'style' must be one of rule, band, plain, not 'boxed'", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(File.Exists(dir.File("cv.pdf")));
    }

    [Fact]
    public void A_missing_theme_file_is_one_usage_error_naming_the_built_in_themes()
    {
        using var dir = new TempDir();
        var (exit, _, stderr) = Cli.Run("pdf", Repo.ExampleCv, "-o", dir.File("cv.pdf"), "--theme", dir.File("no-such-theme.yaml"));
        Assert.Equal(2, exit);
        Assert.Equal($"cvbuild: error: theme '{dir.File("no-such-theme.yaml")}' is not a built-in theme (classic, modern, compact, sidebar, banded) "
            + $"and there is no theme file {dir.File("no-such-theme.yaml")}\n", stderr);
    }

    [Fact]
    public void The_theme_file_is_an_input_and_never_overwritten_by_the_pdf()
    {
        using var dir = new TempDir();
        var theme = BuiltInThemes.Source("banded");
        File.WriteAllText(dir.File("look.yaml"), theme);
        File.WriteAllText(dir.File("cv.yaml"), WithTheme(File.ReadAllText(Repo.ExampleCv), "look.yaml"));
        var (exit, _, stderr) = Cli.Run("pdf", dir.File("cv.yaml"), "-o", dir.File("look.yaml"));
        Assert.Equal(1, exit);
        Assert.Contains("it is the input", stderr);
        Assert.Equal(theme, File.ReadAllText(dir.File("look.yaml")));
    }

    [Fact]
    public void Theme_show_of_an_unknown_name_is_a_usage_error_listing_the_built_in_themes()
    {
        var (exit, _, stderr) = Cli.Run("theme", "show", "gothic");
        Assert.Equal(2, exit);
        Assert.Contains("'gothic' is not a built-in theme; the built-in themes are classic, modern, compact, sidebar, banded.", stderr);
    }

    [Fact]
    public void Compact_sets_dates_at_the_right_of_their_entries()
    {
        var words = FirstPageWords("compact");
        var degree = words.First(w => w.Text == "PhD");
        var dates = words.First(w => w.Text.StartsWith("2019", StringComparison.Ordinal) && Math.Abs(w.Letters[0].StartBaseLine.Y - degree.Letters[0].StartBaseLine.Y) < 1);
        Assert.True(dates.BoundingBox.Left > degree.BoundingBox.Right + 200, "the dates stand at the right edge, on the entry's first line");
    }

    [Fact]
    public void Sidebar_sets_the_contact_details_in_a_column_left_of_the_sections()
    {
        var words = FirstPageWords("sidebar");
        var email = words.First(w => w.Text.Contains('@', StringComparison.Ordinal));
        var heading = words.First(w => w.Text.Equals("Education", StringComparison.OrdinalIgnoreCase));
        Assert.True(email.BoundingBox.Right < heading.BoundingBox.Left, "the e-mail address is in a column left of the headings");
        Assert.True(email.BoundingBox.Bottom > heading.BoundingBox.Top, "and above the third section's heading, near the top of the page");
    }

    [Fact]
    public void Banded_prints_a_publication_s_authors_before_its_title()
    {
        var cv = Repo.LoadExample();
        var paper = Render.Document(cv).Sections.Single(s => s.Id == SectionIds.Publications).Blocks
            .OfType<CvBuild.Presentation.Document.NumberedList>().First().Entries[0];
        var (title, authors) = (paper.Lines[0].PlainText, paper.Lines[1].PlainText);
        using var banded = PdfFile.Open(Render.Pdf(cv, design: cv.Settings.Design with { Theme = "banded" }));
        Assert.Contains(PdfText.Squeeze(authors + title), PdfText.Squeezed(banded), StringComparison.Ordinal);
        using var classic = PdfFile.Open(Render.Pdf(cv, design: cv.Settings.Design with { Theme = "classic" }));
        Assert.Contains(PdfText.Squeeze(title + authors), PdfText.Squeezed(classic), StringComparison.Ordinal);
    }

    [Fact]
    public void Small_capitals_draw_the_lower_case_of_a_heading_as_smaller_capitals()
    {
        var cv = Repo.LoadExample();
        var theme = BuiltInThemes.Get("classic") with { SmallCaps = true };
        using var pdf = PdfFile.Open(CvPdfRenderer.Render(Render.Document(cv), new PdfOptions { Fonts = Render.Fonts, Design = cv.Settings.Design, Theme = theme }));
        var letters = pdf.GetPage(1).Letters;
        var text = string.Concat(letters.Select(l => l.Value));
        var at = text.IndexOf("EDUCATION", StringComparison.Ordinal);
        Assert.True(at >= 0, "the heading is drawn in capitals");
        var research = text.IndexOf("RESEARCH", StringComparison.Ordinal);
        Assert.True(research >= 0);
        // The same capital E, once for an upper-case letter (Education) and once for a lower-case one (rEsearch):
        // the advances compare as the sizes do.
        static double Advance(UglyToad.PdfPig.Content.Letter l) => l.EndBaseLine.X - l.StartBaseLine.X;
        var (full, small) = (Advance(letters[at]), Advance(letters[research + 1]));
        Assert.True(small < full * 0.9 && small > full * 0.7, $"the small capital E is about 80 % of the capital E, kerning aside ({small:0.00} vs {full:0.00})");
    }

    private static List<UglyToad.PdfPig.Content.Word> FirstPageWords(string theme)
    {
        var cv = Repo.LoadExample();
        using var pdf = PdfFile.Open(Render.Pdf(cv, design: cv.Settings.Design with { Theme = theme }));
        return [.. pdf.GetPage(1).GetWords()];
    }

    /// <summary>The CV text with settings.design.theme set, whether or not it has settings already.</summary>
    private static string WithTheme(string yaml, string theme) =>
        yaml.Contains("\nsettings:\n", StringComparison.Ordinal)
            ? yaml.Replace("\nsettings:\n", $"\nsettings:\n  design:\n    theme: {theme}\n", StringComparison.Ordinal)
            : yaml + $"\nsettings:\n  design:\n    theme: {theme}\n";
}

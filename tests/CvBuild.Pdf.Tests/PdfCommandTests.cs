using CvBuild.Core.Model;
using UglyToad.PdfPig;

namespace CvBuild.Pdf.Tests;

/// <summary>The <c>cvbuild pdf</c> command end to end: outputs, variants and failures.</summary>
public sealed class PdfCommandTests
{
    [Fact]
    public void Two_builds_of_the_same_cv_are_byte_identical()
    {
        using var dir = new TempFolder();
        Assert.Equal(0, CliRunner.Run("pdf", Repo.ExampleCv, "-o", dir.File("a.pdf")).Exit);
        Assert.Equal(0, CliRunner.Run("pdf", Repo.ExampleCv, "-o", dir.File("b.pdf")).Exit);
        Assert.Equal(File.ReadAllBytes(dir.File("a.pdf")), File.ReadAllBytes(dir.File("b.pdf")));
    }

    [Fact]
    public void Default_output_is_the_cv_path_with_pdf_extension()
    {
        using var dir = new TempFolder();
        var cv = dir.File("mine.yaml");
        File.Copy(Repo.ExampleCv, cv);
        var (exit, stdout, _) = CliRunner.Run("pdf", cv);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(dir.File("mine.pdf")));
        Assert.Contains("mine.pdf", stdout);
    }

    [Fact]
    public void Invalid_yaml_leaves_the_previous_pdf_untouched()
    {
        using var dir = new TempFolder();
        var target = dir.File("cv.pdf");
        File.WriteAllBytes(target, [1, 2, 3]);
        var cv = dir.File("broken.yaml");
        File.WriteAllText(cv, "person: [unclosed\n");
        var (exit, _, stderr) = CliRunner.Run("pdf", cv, "-o", target);
        Assert.Equal(1, exit);
        Assert.NotEmpty(stderr);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(target));
        Assert.Equal(["cv.pdf", "broken.yaml"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order().Reverse());
    }

    [Fact]
    public void Unwritable_output_fails_cleanly_and_leaves_nothing_behind()
    {
        using var dir = new TempFolder();
        // The output "directory" is a regular file, so the folder cannot be created — even for root.
        var blocker = dir.File("not-a-dir");
        File.WriteAllText(blocker, "x");
        var (exit, _, stderr) = CliRunner.Run("pdf", Repo.ExampleCv, "-o", Path.Combine(blocker, "cv.pdf"));
        Assert.Equal(1, exit);
        Assert.StartsWith("cvbuild: error:", stderr);
        Assert.Equal(["not-a-dir"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_that_cannot_replace_a_folder_keeps_the_folder_and_leaves_no_temp_file()
    {
        using var dir = new TempFolder();
        var target = dir.File("cv.pdf");
        Directory.CreateDirectory(target);
        var (exit, _, _) = CliRunner.Run("pdf", Repo.ExampleCv, "-o", target);
        Assert.Equal(1, exit);
        Assert.True(Directory.Exists(target));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_design_the_renderer_rejects_is_a_data_error_that_leaves_the_previous_pdf_untouched()
    {
        // The arguments parse and the YAML reads; the font is checked against the bundled ones before drawing.
        using var dir = new TempFolder();
        var cv = dir.File("cv.yaml");
        File.WriteAllText(cv, File.ReadAllText(Repo.ExampleCv) + "\nsettings:\n  design:\n    body_font: Comic Sans\n");
        var target = dir.File("cv.pdf");
        File.WriteAllBytes(target, [9, 9]);
        var (exit, _, stderr) = CliRunner.Run("pdf", cv, "-o", target);
        Assert.Equal(1, exit);
        // Compiler style at the line that names the font, as 'check' reports it.
        var lines = File.ReadAllLines(cv);
        var line = Array.FindIndex(lines, l => l.Contains("body_font", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"{cv}:{line}:16: error: font 'Comic Sans' is not bundled", stderr);
        Assert.EndsWith("1 error, 0 warnings\n", stderr);
        Assert.Equal([9, 9], File.ReadAllBytes(target));
    }

    [Fact]
    public void Short_cv_of_selected_recent_work_has_fewer_pages()
    {
        using var dir = new TempFolder();
        Assert.Equal(0, CliRunner.Run("pdf", Repo.ExampleCv, "-o", dir.File("full.pdf")).Exit);
        Assert.Equal(0, CliRunner.Run("pdf", Repo.ExampleCv, "-o", dir.File("short.pdf"), "--only-selected", "--since", "2023").Exit);
        using var full = PdfFile.Open(dir.File("full.pdf"));
        using var brief = PdfFile.Open(dir.File("short.pdf"));
        Assert.True(brief.NumberOfPages < full.NumberOfPages, $"short {brief.NumberOfPages} vs full {full.NumberOfPages}");
        var text = PdfText.Squeezed(brief);
        Assert.DoesNotContain(PdfText.Squeeze("Implicit Regularization in Tensor Factorization"), text);
        Assert.Contains(PdfText.Squeeze("What Makes a Reward Model a Good Teacher?"), text);
    }

    [Fact]
    public void Sections_option_picks_and_orders_sections()
    {
        using var dir = new TempFolder();
        Assert.Equal(0, CliRunner.Run("pdf", Repo.ExampleCv, "-o", dir.File("cv.pdf"), "--sections", "patents,education").Exit);
        using var pdf = PdfFile.Open(dir.File("cv.pdf"));
        var text = PdfText.Squeezed(pdf);
        Assert.DoesNotContain("InvitedTalks", text);
        Assert.True(text.IndexOf("Patents", StringComparison.Ordinal) < text.IndexOf("Education", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_section_id_is_a_usage_error()
    {
        using var dir = new TempFolder();
        var (exit, _, stderr) = CliRunner.Run("pdf", Repo.ExampleCv, "-o", dir.File("cv.pdf"), "--sections", "patents,publicatons");
        Assert.Equal(2, exit);
        Assert.Contains("publicatons", stderr);
        Assert.False(File.Exists(dir.File("cv.pdf")));
    }

    [Fact]
    public void Reverse_numbering_gives_the_newest_paper_the_highest_number()
    {
        using var dir = new TempFolder();
        Assert.Equal(0, CliRunner.Run("pdf", Repo.ExampleCv, "-o", dir.File("cv.pdf"), "--numbering", "reverse", "--sections", "publications").Exit);
        using var pdf = PdfFile.Open(dir.File("cv.pdf"));
        var lines = pdf.GetPages().SelectMany(PdfText.Lines).Select(l => l.Text).ToList();
        var first = lines.FindIndex(l => l.StartsWith("Conference Proceedings", StringComparison.Ordinal));
        Assert.StartsWith("13. What Makes a Reward Model", lines[first + 1]);
        Assert.Contains(lines, l => l.StartsWith("1. Scalable Attentive", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("classic", "a4", "Noto Serif")]
    [InlineData("modern", "letter", "Noto Sans")]
    public void Theme_and_page_size_options_override_the_yaml(string theme, string size, string family)
    {
        using var dir = new TempFolder();
        Assert.Equal(0, CliRunner.Run("pdf", Repo.ExampleCv, "-o", dir.File("cv.pdf"), "--theme", theme, "--page-size", size).Exit);
        using var pdf = PdfFile.Open(dir.File("cv.pdf"));
        var page = pdf.GetPage(1);
        Assert.Equal(size == "a4" ? 595 : 612, (int)Math.Round(page.Width));
        Assert.Contains(family.Replace(" ", "", StringComparison.Ordinal), page.Letters[0].FontName, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_date_prefers_last_updated_then_source_date_epoch_and_is_never_the_clock()
    {
        var cv = Repo.LoadExample();
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 0, 0, 0, TimeSpan.Zero), Cli_BuildDate(cv, "0"));
        var undated = cv with { LastUpdated = null };
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), Cli_BuildDate(undated, "1700000000"));
        Assert.Null(Cli_BuildDate(undated, null));
        // A malformed value is a plain usage error, never an internal one, and never silently the fixed date.
        Assert.Throws<CvBuild.Cli.Build.OptionException>(() => Cli_BuildDate(undated, "yesterday"));
        Assert.Throws<CvBuild.Cli.Build.OptionException>(() => Cli_BuildDate(undated, "99999999999999")); // past year 9999
    }

    [Fact]
    public void Undated_cv_prints_no_last_updated_and_carries_the_fixed_metadata_date()
    {
        var undated = Repo.LoadExample() with { LastUpdated = null };
        var bytes = Render.Pdf(undated);
        using var pdf = PdfDocument.Open(bytes);
        Assert.DoesNotContain("Last updated", string.Concat(pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        Assert.Equal(PdfOptions.FixedDate, pdf.Information.GetCreatedDateTimeOffset());
    }

    private static DateTimeOffset? Cli_BuildDate(Cv cv, string? epoch) => new CvBuild.Cli.Build.RenderContext(epoch, () => Render.Fonts).DateOf(cv);

    [Fact]
    public void Fonts_that_cannot_be_loaded_are_one_plain_error_not_an_internal_one()
    {
        using var dir = new TempFolder();
        var cv = dir.Write("cv.yaml", "person: {name: Ada Lovelace}\nsettings:\n  design: {body_font: Noto Serif}\ntalks: [{date: 2020, event: Seminar}]\n");
        var broken = new CvBuild.Cli.Build.RenderContext(null, () => throw new CvBuild.Layout.FontLoadException("fonts/ is missing"));
        var command = CvBuild.Cli.Commands.FormatCommand.Create(CvBuild.Cli.Build.OutputFormats.Get("pdf"), () => broken);
        var stderr = new StringWriter();
        var exit = new System.CommandLine.RootCommand { command }.Parse(["pdf", cv, "-o", dir.File("cv.pdf")])
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = new StringWriter(), Error = stderr, EnableDefaultExceptionHandler = false });
        Assert.Equal(1, exit);
        Assert.Contains("the bundled fonts could not be loaded: fonts/ is missing", stderr.ToString());
        Assert.False(File.Exists(dir.File("cv.pdf")));
    }
}

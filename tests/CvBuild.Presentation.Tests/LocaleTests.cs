using System.Runtime.CompilerServices;
using CvBuild.Cli;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Strings;
using UglyToad.PdfPig;
using static CvBuild.TestSupport.CliRunner;

namespace CvBuild.Presentation.Tests;

/// <summary>settings.locale and --locale: every built-in language, a user's own file, and the mistakes.</summary>
public sealed class LocaleTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string RepoRoot([CallerFilePath] string self = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(self)!, "..", ".."));

    private static string ExampleCv => Path.Combine(RepoRoot(), "cv-data", "cv.yaml");


    private static readonly string[] Named = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "zh", "ja", "he"];

    public static TheoryData<string> Shipped() => [.. Named];

    [Fact]
    public void Every_language_the_issue_names_is_built_in()
    {
        Assert.Superset(Named.ToHashSet(), PresentationStrings.BuiltInLocales.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void A_built_in_locale_has_every_id_of_english_and_no_other(string tag)
    {
        var strings = PresentationStrings.BuiltIn(tag);
        Assert.NotNull(strings);
        Assert.Equal(PresentationStrings.English.Ids.Order(StringComparer.Ordinal), strings.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(tag, strings.Language);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void The_example_prints_the_locales_headings_month_names_and_footer(string tag)
    {
        var strings = PresentationStrings.BuiltIn(tag)!;
        var output = Path.Combine(_temp.Path, "cv.md");
        var run = Run("markdown", ExampleCv, "-o", output, "--locale", tag);
        Assert.True(run.Exit == 0, run.Err);
        var markdown = File.ReadAllText(output);

        var cv = CvReader.ReadFile(ExampleCv).Cv!;
        var document = DocumentBuilder.Build(cv, new DocumentOptions(), strings);
        var headed = 0;
        // Sections the CV names itself (settings.headings, custom sections) keep the CV's words.
        foreach (var section in document.Sections.Where(s => SectionIds.DefaultOrder.Contains(s.Id) && !cv.Settings.Headings.ContainsKey(s.Id)))
        {
            Assert.Equal(strings["heading." + section.Id], section.Heading);
            Assert.Contains(section.Heading, markdown, StringComparison.Ordinal);
            headed++;
        }
        Assert.True(headed >= 3, $"only {headed} built-in headings checked");

        // The full CV prints years; the publications listing prints each paper's date, month name and all.
        var dates = new DateWording(strings);
        // In plain text: Markdown rightly escapes the dot of a German "21. Okt." that starts a line.
        var listing = Path.Combine(_temp.Path, "publications.txt");
        run = Run("text", ExampleCv, "-o", listing, "--variant", "publications", "--locale", tag);
        Assert.True(run.Exit == 0, run.Err);
        var listed = File.ReadAllText(listing);
        var dated = cv.Publications.Select(p => p.Date).OfType<PartialDate>().Where(d => d.Month is not null).ToList();
        Assert.NotEmpty(dated);
        foreach (var date in dated)
        {
            Assert.Contains(strings["month_short." + date.Month], dates.Short(date), StringComparison.Ordinal);
            Assert.Contains(dates.Short(date), listed, StringComparison.Ordinal);
        }
        Assert.Contains(strings.Format("footer.last_updated", dates.MonthYear(cv.LastUpdated!.Value)), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_french_pdf_carries_its_language_and_french_footer()
    {
        var output = Path.Combine(_temp.Path, "cv.pdf");
        var run = Run("pdf", ExampleCv, "-o", output, "--locale", "fr");
        Assert.True(run.Exit == 0, run.Err);
        var bytes = File.ReadAllBytes(output);
        // "fr" as a text string (ISO 32000-1 §7.9.2.2, §14.9.2.1).
        Assert.Contains("/Lang(fr)", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(bytes);
        var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("page 1 sur", first, StringComparison.Ordinal);
        Assert.Contains("Formation", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_locale_file_named_in_settings_is_read_relative_to_the_cv()
    {
        var english = File.ReadAllText(Path.Combine(RepoRoot(), "src", "CvBuild.Presentation", "Strings", "en.yaml"));
        Directory.CreateDirectory(Path.Combine(_temp.Path, "lang"));
        File.WriteAllText(Path.Combine(_temp.Path, "lang", "eo.yaml"), english
            .Replace("language: \"en\"", "language: \"eo\"", StringComparison.Ordinal)
            .Replace("heading.education: \"Education\"", "heading.education: \"Edukado\"", StringComparison.Ordinal));
        var cv = Path.Combine(_temp.Path, "cv.yaml");
        File.WriteAllText(cv, "person: {name: Ada Lovelace}\nsettings: {locale: lang/eo.yaml}\neducation:\n  - {degree: PhD, institution: TU, start: 2020, end: 2024}\n");
        var output = Path.Combine(_temp.Path, "cv.txt");
        var run = Run("text", cv, "-o", output);
        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("Edukado", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_locale_in_the_cv_is_a_data_error_at_its_position()
    {
        var cv = Path.Combine(_temp.Path, "cv.yaml");
        File.WriteAllText(cv, "person: {name: Ada Lovelace}\nsettings:\n  locale: klingon\n");
        var run = Run("text", cv, "-o", Path.Combine(_temp.Path, "cv.txt"));
        Assert.Equal(1, run.Exit);
        Assert.Contains("cv.yaml:3:11: error: settings.locale: no built-in locale 'klingon'", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "cv.txt")));
    }

    [Fact]
    public void A_locale_file_with_a_misspelt_id_is_a_usage_error_naming_the_id()
    {
        var english = File.ReadAllText(Path.Combine(RepoRoot(), "src", "CvBuild.Presentation", "Strings", "en.yaml"));
        var file = Path.Combine(_temp.Path, "bad.yaml");
        File.WriteAllText(file, english.Replace("date.present:", "date.presnt:", StringComparison.Ordinal));
        var run = Run("text", ExampleCv, "-o", Path.Combine(_temp.Path, "cv.txt"), "--locale", file);
        Assert.Equal(2, run.Exit);
        Assert.Contains("'date.present' is missing", run.Err, StringComparison.Ordinal);
    }
}

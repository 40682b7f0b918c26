using CvBuild.BibTeX.Export;
using CvBuild.TestSupport;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// Names of every shape a CV holds, exported and read back by the real tools: bibtex's format.name$ and biber
/// must both find the family name the CV means, and neither may see a parenthesis the name did not close.
/// </summary>
public sealed class NameShapeTests
{
    /// <summary>Display name, then the given, von, family and Jr parts both tools must find.</summary>
    public static TheoryData<string, string, string, string, string> Shapes => new()
    {
        { "Jane Doe (née Smith)", "Jane", "", "Doe", "(née Smith)" },
        { "Somchai Wongsakul (สมชาย วงศ์สกุล)", "Somchai", "", "Wongsakul", "(สมชาย วงศ์สกุล)" },
        { "Doe, Jane (née Smith)", "Jane", "", "Doe", "(née Smith)" },
        { "Jane (Jo) Doe", "Jane", "", "Doe", "(Jo)" },
        { "John Smith Jr. (Johnny)", "John", "", "Smith", "Jr. (Johnny)" },
        { "王小明 (Xiaoming Wang)", "", "", "王小明", "(Xiaoming Wang)" },
        { "Martin Luther King Jr.", "Martin Luther", "", "King", "Jr." },
        { "Martin Luther King, Jr.", "Martin Luther", "", "King", "Jr." },
        { "Jan van der Berg", "Jan", "van der", "Berg", "" },
        { "Ludwig van Beethoven", "Ludwig", "van", "Beethoven", "" },
        { "van Gogh", "", "van", "Gogh", "" },
        { "de la Cruz", "", "de la", "Cruz", "" },
        { "Nimrod De La Vega", "Nimrod", "", "De La Vega", "" },
        { "Maria da Silva Santos", "Maria", "da", "Silva Santos", "" },
        { "Jean-Paul Sartre", "Jean-Paul", "", "Sartre", "" },
        { "Edo Cohen-Karlik", "Edo", "", "Cohen-Karlik", "" },
        { "J. R. R. Tolkien", "J. R. R.", "", "Tolkien", "" },
        { "J.R.R. Tolkien", "J.R.R.", "", "Tolkien", "" },
        { "Plato", "", "", "Plato", "" },
        { "Plato, Jr.", "", "", "Plato", "Jr." },
        { "山田太郎", "", "", "山田太郎", "" },
        { "山田 太郎", "太郎", "", "山田", "" },
        { "García Márquez, Gabriel", "Gabriel", "", "García Márquez", "" },
        { "bell hooks", "bell", "", "hooks", "" },
        { "Jean d'Alembert", "Jean", "", "d'Alembert", "" },
        { "Sandy And Lee", "Sandy And", "", "Lee", "" },
        { "Seo-yeon Park", "Seo-yeon", "", "Park", "" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Export_splits_each_name_shape_as_intended(string name, string given, string von, string family, string jr)
    {
        var p = PersonName.FromDisplay(name);
        Assert.Equal((given, von, family), (p.First, p.Von, p.Last));
        Assert.Equal(jr, string.Join(' ', new[] { p.Jr, p.Note }.Where(s => s.Length > 0)));
        var written = NameFormatter.Format(name, macros: false);
        Assert.Equal(written.Count(c => c == '('), written.Count(c => c == ')'));
    }

    [ToolFact("bibtex", "biber")]
    public void Bibtex_and_biber_both_find_the_family_name_of_every_shape()
    {
        // Without a given name, the Jr part and the parenthetical stand in its place (bibtex rejects "Last, Jr,").
        var shapes = Shapes.Select(row => ((string)row[0], (string)row[1] == "" && (string)row[4] != ""
            ? new NameParts((string)row[4], (string)row[2], (string)row[3], "")
            : new NameParts((string)row[1], (string)row[2], (string)row[3], (string)row[4]))).ToList();
        var bib = "@misc{names,\n  author = {" + NameFormatter.List(shapes.Select(s => s.Item1), macros: false) + "},\n  title = {Names},\n  year = 2020\n}\n";
        var bibtex = TexTools.BibtexNames(bib);
        var biber = TexTools.BiberNames(bib);
        Assert.Equal(shapes.Select(s => s.Item2), bibtex);
        Assert.Equal(shapes.Select(s => s.Item2), biber);
    }

    [Fact]
    public void A_parenthetical_is_written_braced_after_the_family_name_and_comes_back_on_import()
    {
        Assert.Equal("Doe, {(née Smith)}, Jane", NameFormatter.Format("Jane Doe (née Smith)", macros: false));
        Assert.Equal("Doe, {(n{\\'e}e Smith)}, Jane", NameFormatter.Format("Jane Doe (née Smith)", macros: true));
        var cv = CvBuild.Core.Reading.CvReader.Parse(
            "person: {name: Jane Doe}\npublications:\n  - {kind: journal, title: T, venue: J, year: 2020, authors: [\"Jane Doe (née Smith)\", B C]}\n", "cv.yaml").Cv!;
        var bib = BibTeXWriter.Write(cv, BibTeXOptions.Default);
        var imported = CvBuild.BibTeX.Import.BibTeXImporter.Import(bib, "refs.bib");
        Assert.Equal(["Jane Doe (née Smith)", "B C"], imported.Publications[0].Authors.Select(a => a.Name));
    }
}

using CvBuild.BibTeX.Export;

namespace CvBuild.BibTeX.Tests;

public sealed class NameAndEscapingTests
{
    [Theory]
    [InlineData("Nimrod De La Vega", "{De La Vega}, Nimrod")]
    [InlineData("Jan van der Berg", "van der Berg, Jan")]
    [InlineData("Ludwig von Beethoven", "von Beethoven, Ludwig")]
    [InlineData("Maria da Silva Santos", "da {Silva Santos}, Maria")]
    [InlineData("Vincent Van Gogh", "{Van Gogh}, Vincent")]
    public void Particles_stay_with_the_surname(string name, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(name, macros: false));

    [Theory]
    [InlineData("Jason D. Lee", "Lee, Jason D.")]
    [InlineData("Edo Cohen-Karlik", "Cohen-Karlik, Edo")]
    [InlineData("Martin Luther King Jr.", "King, Jr., Martin Luther")]
    [InlineData("Martin Luther King, Jr.", "King, Jr., Martin Luther")]
    [InlineData("Plato", "{Plato}")]
    [InlineData("García Márquez, Gabriel", "{García Márquez}, Gabriel")]
    public void Names_are_written_last_name_first(string name, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(name, macros: false));

    [Fact]
    public void Accented_names_stay_utf8_in_biblatex_and_become_macros_for_bibtex()
    {
        Assert.Equal("Müller, Jörg", NameFormatter.Format("Jörg Müller", macros: false));
        Assert.Equal("M{\\\"u}ller, J{\\\"o}rg", NameFormatter.Format("Jörg Müller", macros: true));
        Assert.Equal("{\\L}ukasz, Fran{\\c{c}}ois", NameFormatter.Format("François Łukasz", macros: true));
    }

    [Fact]
    public void Authors_are_joined_with_and() =>
        Assert.Equal("Razin, Noam and Cohen, Nadav", NameFormatter.List(["Noam Razin", "Nadav Cohen"], false));

    [Theory]
    [InlineData("A & B", "A \\& B")]
    [InlineData("50% of $5 #1 a_b", "50\\% of \\$5 \\#1 a\\_b")]
    [InlineData("{x}", "\\textbraceleft{}x\\textbraceright{}")]
    [InlineData("a\\b ~ c^d", "a\\textbackslash{}b \\textasciitilde{} c\\textasciicircum{}d")]
    public void Latex_specials_are_escaped(string text, string expected) =>
        Assert.Equal(expected, LatexEscaper.Text(text, macros: false));

    [Theory]
    [InlineData("Über naïve façade", "{\\\"U}ber na{\\\"\\i}ve fa{\\c{c}}ade")]
    [InlineData("Straße Øresund Åsa", "Stra{\\ss}e {\\O}resund {\\AA}sa")]
    [InlineData("É 1–2 — “q”", "{\\'E} 1--2 --- ``q''")]
    [InlineData("Gödel's α", "G{\\\"o}del's $\\alpha$")]
    public void Unicode_becomes_accent_macros_when_asked(string text, string expected) =>
        Assert.Equal(expected, LatexEscaper.Text(text, macros: true));

    [Fact]
    public void Unicode_stays_utf8_otherwise() =>
        Assert.Equal("Über – 東京", LatexEscaper.Text("Über – 東京", macros: false));

    [Theory]
    [InlineData("RecoBERT: A Catalog Language Model for Text-Based Recommendations", "{RecoBERT}: A Catalog Language Model for Text-Based Recommendations")]
    [InlineData("Linear Quadratic Regulator (LQR) Problems", "Linear Quadratic Regulator ({LQR}) Problems")]
    [InlineData("The RASP-Generalization Conjecture for BERT", "The {RASP-Generalization} Conjecture for {BERT}")]
    [InlineData("Bayesian Optimization of IM-RMs", "{Bayesian} Optimization of {IM-RMs}")]
    [InlineData("R&D in C#", "{R\\&D} in C\\#")]
    public void Acronyms_and_inner_capitals_are_protected_in_titles(string title, string expected) =>
        Assert.Equal(expected, LatexEscaper.Title(title, macros: false));

    [Fact]
    public void Keys_follow_google_scholar()
    {
        var keys = BibTeXKeyGenerator.Assign([
            new KeySource(null, "Noam Razin", 2021, "Implicit Regularization in Tensor Factorization"),
            new KeySource(null, "Nimrod De La Vega", 2023, "What Makes Data Suitable?"),
            new KeySource(null, "Jörg Müller", 2020, "On the Ability of Graph Neural Networks"),
            new KeySource(null, "Noam Razin", 2025, "Why is Your Language Model a Poor Implicit Reward Model?"),
        ]);
        Assert.Equal(["razin2021implicit", "delavega2023makes", "muller2020ability", "razin2025language"], keys);
    }

    [Fact]
    public void Colliding_keys_get_suffixes_and_explicit_keys_win()
    {
        var keys = BibTeXKeyGenerator.Assign([
            new KeySource(null, "Noam Razin", 2021, "Implicit Regularization A"),
            new KeySource("razin2021implicita", "X Y", 2000, "Other"),
            new KeySource(null, "Noam Razin", 2021, "Implicit Regularization B"),
            new KeySource(null, "Noam Razin", 2021, "Implicit Regularization C"),
        ]);
        Assert.Equal(["razin2021implicitb", "razin2021implicita", "razin2021implicitc", "razin2021implicitd"], keys);
    }

    [Fact]
    public void Explicit_keys_from_the_yaml_are_kept_and_cleaned()
    {
        var bib = BibTeXWriter.Write(TestData.CvOf(TestData.Paper() with { Key = "my key,1" }), BibTeXOptions.Default);
        Assert.Contains("@inproceedings{my-key-1,", bib);
    }
}

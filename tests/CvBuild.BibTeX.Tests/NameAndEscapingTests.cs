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
    [InlineData("Über naïve façade", "{\\\"U}ber na{\\\"i}ve fa{\\c{c}}ade")]
    [InlineData("Straße Øresund Åsa", "Stra{\\ss}e {\\O}resund {\\AA}sa")]
    [InlineData("É 1–2 — “q”", "{\\'E} 1--2 --- ``q''")]
    [InlineData("Gödel's α", "G{\\\"o}del's {$\\alpha$}")]
    [InlineData("ΓΩ ∑ ≈ ℏ ∂", "{$\\Gamma$}{$\\Omega$} {$\\sum$} {$\\approx$} {$\\hbar$} {$\\partial$}")]
    [InlineData("CO₂ 10⁻³ xᵢ", "CO{\\textsubscript{2}} 10{\\textsuperscript{$-$}}{\\textsuperscript{3}} x{\\textsubscript{i}}")]
    [InlineData("Hyper\u00ADparameter Super\u200Bcalifragilistic Scale\u2060! \uFEFFx", "Hyperparameter Supercalifragilistic Scale! x")]
    [InlineData("10\u00A0km 5\u202Fmm", "10~km 5{\\,}mm")]
    [InlineData("x̄ Ǖ", "{\\=x} {\\={\\\"U}}")]
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
    [InlineData("R&D in C#", "{R\\&D} in {C}\\#")]
    [InlineData("U-Net on X-ray Data in C++ and R", "{U-Net} on {X-ray} Data in {C}++ and {R}")]
    [InlineData("A Study of L2 Loss on A100 GPUs", "A Study of {L2} Loss on {A100} {GPUs}")]
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
            new KeySource(null, "Ada Lovelace", 2019, "A Survey of the Field"),
            new KeySource(null, "Ada Lovelace", 2018, "Towards: An Analysis"),
        ]);
        // Only articles and short prepositions are skipped: "What", "Why" and "Towards" are the first words.
        Assert.Equal(["razin2021implicit", "delavega2023what", "muller2020ability", "razin2025why", "lovelace2019survey", "lovelace2018towards"], keys);
    }

    [Fact]
    public void Keys_are_unique_ignoring_case_so_bibtex_never_sees_a_repeated_entry()
    {
        var keys = BibTeXKeyGenerator.Assign([
            new KeySource(null, "Jisoo Lee", 2021, "Deep Learning for Tides"),
            new KeySource(null, "Jisoo Lee", 2021, "Deep Learning for Waves"),
            new KeySource("LEE2021DEEPA", "Jisoo Lee", 2020, "Another Paper"),
        ]);
        Assert.Equal(["lee2021deepb", "lee2021deepc", "LEE2021DEEPA"], keys);
    }

    [Fact]
    public void Keys_for_names_and_titles_without_latin_letters_do_not_move_when_a_paper_is_added()
    {
        KeySource[] two = [new(null, "王小明", 2023, "深度学习中的隐式正则化"), new(null, "山田 太郎", 2023, "日本語のタイトル")];
        var before = BibTeXKeyGenerator.Assign(two);
        var after = BibTeXKeyGenerator.Assign([new KeySource(null, "김민준", 2023, "한국어 제목"), .. two]);
        Assert.Equal(before, after.Skip(1));
        Assert.All(after, k => Assert.Matches("^u[0-9a-f]{6}2023u[0-9a-f]{6}$", k));
        Assert.Equal(3, after.Distinct().Count());
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

using CvBuild.Presentation.Building;
using CvBuild.TestSupport;
using CvBuild.Text.Markdown;
using CvBuild.Text.PlainText;

namespace CvBuild.Text.Tests;

/// <summary>Every variant of the example CV, in both formats, against reviewed snapshots.</summary>
public sealed class GoldenOutputTests
{
    public static TheoryData<string> Variants => new(DocumentOptions.VariantNames);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Plain_text_variant_matches_golden(string variant) =>
        Golden.Verify($"{variant}.txt", Texts.Plain(ExampleCv.Cv, document: new DocumentOptions { Variant = DocumentOptions.ParseVariant(variant) }));

    [Theory]
    [MemberData(nameof(Variants))]
    public void Markdown_variant_matches_golden(string variant) =>
        Golden.Verify($"{variant}.md", Texts.Markdown(ExampleCv.Cv, document: new DocumentOptions { Variant = DocumentOptions.ParseVariant(variant) }));

    [Fact]
    public void Ascii_text_matches_golden() =>
        Golden.Verify("full-ascii-72.txt", Texts.Plain(ExampleCv.Cv, new PlainTextOptions { Ascii = true, Width = 72 }));

    [Fact]
    public void Markdown_with_front_matter_matches_golden() =>
        Golden.Verify("short-front-matter.md", Texts.Markdown(ExampleCv.Cv, new MarkdownOptions { FrontMatter = true }, new DocumentOptions { Variant = CvVariant.Short }));

    [Fact]
    public void Short_variant_since_2023_matches_golden() =>
        Golden.Verify("short-since-2023.txt", Texts.Plain(ExampleCv.Cv, document: new DocumentOptions { Variant = CvVariant.Short, Since = 2023 }));
}

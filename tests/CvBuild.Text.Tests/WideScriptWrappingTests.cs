using CvBuild.Core.Reading;
using CvBuild.Text.PlainText;
using CvBuild.Text.Wrapping;

namespace CvBuild.Text.Tests;

/// <summary>Plain text CVs in scripts without spaces between words stay inside the width, end to end.</summary>
public sealed class WideScriptWrappingTests
{
    private static string Plain(string yaml, int width)
    {
        var result = CvReader.Parse(yaml, "cv.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Texts.Plain(result.Cv!, new PlainTextOptions { Width = width });
    }

    [Theory]
    [InlineData("日韓機械翻訳と形態素解析の研究室を主宰し大規模言語資源の構築と評価を行う", "准教授", "東京大学")]
    [InlineData("负责汉语分词与机器翻译研究组的日常管理并主持国家自然科学基金项目的实施工作", "副教授", "北京大学")]
    [InlineData("서울대학교 전기정보공학부에서 자연어처리 연구실을 이끌며 대규모 말뭉치를 구축하고 평가한다", "부교수", "서울대학교")]
    public void A_description_without_spaces_wraps_inside_the_width(string description, string title, string organization)
    {
        var yaml = $"person: {{name: 山田 花子}}\npositions:\n  - title: {title}\n    organization: {organization}\n    start: 2022\n    description: {description}\n";
        var text = Plain(yaml, 40);
        var lines = text.Split('\n');
        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= 40, $"{DisplayWidth.Of(l)} columns: '{l}'"));
        // Every character is still there, in order, under the dates column.
        var body = string.Concat(lines.SkipWhile(l => !l.StartsWith("2022", StringComparison.Ordinal)).Skip(1).Select(l => l.Trim()));
        Assert.Equal(description.Replace(" ", "", StringComparison.Ordinal), body.Replace(" ", "", StringComparison.Ordinal));
    }
}

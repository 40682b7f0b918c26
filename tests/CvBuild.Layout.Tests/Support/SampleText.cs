namespace CvBuild.Layout.Tests.Support;

internal static class SampleText
{
    public static string Lorem(int sentences, int seed = 0)
    {
        string[] words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do",
            "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua", "finetuning", "office"];
        var random = new Random(seed);
        var sb = new System.Text.StringBuilder();
        for (var s = 0; s < sentences; s++)
        {
            var n = random.Next(6, 16);
            for (var w = 0; w < n; w++)
            {
                var word = words[random.Next(words.Length)];
                sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                sb.Append(w == n - 1 ? ". " : " ");
            }
        }
        return sb.ToString().TrimEnd();
    }
}

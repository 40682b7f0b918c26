using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Tests.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CvBuild.TestSupport.CliRunner;

namespace CvBuild.Core.Tests.Diagnostics;

/// <summary>Nothing from an input reaches the terminal raw: messages, paths and source excerpts are escaped and bounded.</summary>
public sealed class DiagnosticTextTests
{
    private static bool Safe(string s, bool allowLayout)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (allowLayout && c is '\n' or '\t') continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (DiagnosticText.IsUnsafe(c)) return false;
        }
        return true;
    }

    [Property(MaxTest = 500)]
    public bool For_any_path_and_message_the_printed_diagnostic_holds_no_control_or_bidi_character(string? path, string? message) =>
        Safe(new Diagnostic(Severity.Error, new SourceSpan(path ?? "", 1, 1), message ?? "").ToString(), allowLayout: false);

    [Property(MaxTest = 500)]
    public bool Escaping_leaves_safe_text_unchanged(string? text)
    {
        var t = text ?? "";
        return !Safe(t, allowLayout: false) || DiagnosticText.Escape(t) == t;
    }

    [Fact]
    public void Escapes_are_written_as_u_and_four_hex_digits()
    {
        Assert.Equal(@"unknown field '\u001B]0;pwned\u0007'", DiagnosticText.Escape("unknown field '\u001B]0;pwned\u0007'"));
        Assert.Equal(@"a\u202Eb\u0085c\u007F\uD800d😀", DiagnosticText.Escape("a\u202Eb\u0085c\u007F\uD800d😀"));
    }

    [Property(MaxTest = 300)]
    public Property For_any_line_and_column_the_excerpt_is_bounded_safe_and_the_caret_points_at_the_column()
    {
        var lines = from prefix in ArbMap.Default.GeneratorFor<string>()
                    from length in Gen.Choose(0, 3000)
                    from column in Gen.Choose(1, 3100)
                    select (Line: ((prefix ?? "") + new string('y', length)).Replace("\n", ""), Column: column);
        return Prop.ForAll(lines.ToArbitrary(), c =>
        {
            var (shown, caret) = DiagnosticFormatter.Excerpt(c.Line, c.Column);
            var bounded = shown.Length <= DiagnosticFormatter.MaxShownColumns * 6 + 6 && caret.Length <= shown.Length;
            var at = c.Column - 1;
            var points = at >= c.Line.Length || DiagnosticText.IsUnsafe(c.Line[at]) || char.IsSurrogate(c.Line[at])
                || shown[caret.Length] == c.Line[at];
            return (bounded && points && Safe(shown, allowLayout: true) && caret.All(ch => ch is ' ' or '\t'))
                .Label($"shown={shown.Length} caret={caret.Length}");
        });
    }

    [Fact]
    public void A_two_megabyte_line_gives_a_short_excerpt_with_the_caret_under_the_error()
    {
        using var dir = new TempFolder();
        var path = dir.Write("cv.yaml", "person:\n  name: Ada\n  title: \"" + new string('x', 2_000_000) + "\"\n  titel: X\n" +
            "awards: [" + string.Concat(Enumerable.Repeat("{year: 2020, title: A}, ", 40_000)) + "{year: 20x0, title: A}]\n");
        var (code, _, stderr) = Run("check", path);
        Assert.Equal(1, code);
        Assert.True(stderr.Length < 2000, $"{stderr.Length} characters of diagnostics");
        var lines = stderr.Split('\n');
        var caretLine = Array.FindIndex(lines, l => l.Contains("'year' must be")) + 2;
        var source = lines[caretLine - 1];
        Assert.Equal("20x0", source.Substring(lines[caretLine].IndexOf('^'), 4));
        Assert.All(lines, l => Assert.True(l.Length <= 2 + DiagnosticFormatter.MaxShownColumns + 6, l[..Math.Min(60, l.Length)]));
    }

    [Fact]
    public void No_command_prints_a_control_character_from_hostile_input()
    {
        using var dir = new TempFolder();
        // Raw C1 and bidi characters are valid UTF-8 and printable YAML; escapes make C0 ones.
        var path = dir.Write("cv\u001B[2J\u202E.yaml",
            "person:\n  name: \"Ada\\e]0;pwned\\a\"\n  \"\\e]0;title\\a\": 1\n  title: \"\u202Eevil\u0085\u009B31m\"\nbogus\u202E: [\u009Bx\n");
        foreach (var args in new[] { new[] { "check", path }, ["text", path, "-o", "-"], ["pdf", path, "-o", dir.File("x\u001B.pdf")], ["bibtex", path, "-o", dir.File("no\u001B/x.bib")] })
        {
            var (code, stdout, stderr) = Run(args);
            Assert.Equal(1, code);
            Assert.True(Safe(stdout + stderr, allowLayout: true), (stdout + stderr).Replace('\u001B', '¤'));
            Assert.Contains(@"\u001B", stderr);
        }
        var usage = Run("\u001B]0;pwned\u0007", "--\u009B2J");
        Assert.Equal(2, usage.Exit);
        Assert.True(Safe(usage.Out + usage.Err, allowLayout: true), usage.Err.Replace('\u001B', '¤'));
    }

    [Fact]
    public void A_megabyte_long_unknown_key_is_reported_fast_and_in_a_short_line()
    {
        // An explicit key ('? '): YAML caps implicit keys at 1024 characters.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CvBuild.Core.Reading.CvReader.Parse("person:\n  name: Ada\n  ? " + new string('k', 1_000_000) + "\n  : 1\n", "cv.yaml");
        var printed = DiagnosticFormatter.Format(result.Diagnostics, _ => null);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("unknown field 'kkk", printed);
        Assert.Contains("characters left out", printed);
        Assert.True(printed.Length < Diagnostic.MaxShownMessage + 100, printed[..100]);
    }
}

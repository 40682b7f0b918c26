using CvBuild.BibTeX.Export;
using CvBuild.BibTeX.Import;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CvBuild.BibTeX.Tests;

/// <summary>FsCheck properties: whatever text a CV holds, the escaped field decodes back to it.</summary>
public sealed class EscapingProperties
{
    // LaTeX specials, accents, dashes, quotes, symbols and scripts the escaper must survive.
    private const string Alphabet =
        "aAzZ09 .,;:?!'\"`-()[]/@*+=<>|&%$#_{}~^\\" +
        "éÉèüÜöäßøØåÅæÆœłŁçÇñíìïîıȷǘšřžčěőűąęğşţ" +
        "–—‘’“”…«»¿¡§¶©®™°£€×±≤≥∞→·−αβγως東京中文";

    private static Arbitrary<string> Texts() =>
        Arb.From(Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(cs => new string(cs))
            .Where(s => !Ambiguous(s)));

    /// <summary>ASCII sequences that mean something else in LaTeX on purpose (-- is an en dash).</summary>
    private static bool Ambiguous(string s) =>
        s.Contains("--") || s.Contains("``") || s.Contains("''") || s.Contains("?`") || s.Contains("!`");

    /// <summary>What decoding can give back: BibTeX collapses whitespace, so the comparison does too.</summary>
    private static string Collapsed(string s) =>
        string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Property(MaxTest = 2000)]
    public Property Escaped_text_decodes_to_itself_with_macros() =>
        Prop.ForAll(Texts(), text => LatexDecoder.Decode(LatexEscaper.Text(text, macros: true)) == Collapsed(text));

    [Property(MaxTest = 2000)]
    public Property Escaped_text_decodes_to_itself_in_utf8() =>
        Prop.ForAll(Texts(), text => LatexDecoder.Decode(LatexEscaper.Text(text, macros: false)) == Collapsed(text));

    [Property(MaxTest = 2000)]
    public Property Escaped_titles_decode_to_themselves() =>
        Prop.ForAll(Texts(), text => LatexDecoder.Decode(LatexEscaper.Title(text, macros: true)) == Collapsed(text));

    [Property(MaxTest = 2000)]
    public Property Escaped_text_always_has_balanced_braces() =>
        Prop.ForAll(Texts(), text =>
        {
            var depth = 0;
            foreach (var c in LatexEscaper.Title(text, macros: true))
            {
                if (c == '{') depth++;
                else if (c == '}' && --depth < 0) return false;
            }
            return depth == 0;
        });

    [Property(MaxTest = 500)]
    public Property Escaped_text_is_ascii_with_macros_except_unmappable_scripts() =>
        Prop.ForAll(Texts(), text => LatexEscaper.Text(text, macros: true)
            .All(c => c < 0x80 || "東京中文".Contains(c)));

    [Fact]
    public void Unicode_neighbours_do_not_merge_into_ligatures()
    {
        Assert.Equal("a-{}--b", LatexEscaper.Text("a-–b", macros: true));
        Assert.Equal("?{}``x''", LatexEscaper.Text("?“x”", macros: true));
        Assert.Equal("a-–b", LatexDecoder.Decode(LatexEscaper.Text("a-–b", macros: true)));
    }
}

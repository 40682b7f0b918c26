using CvBuild.Layout.Bidi;

namespace CvBuild.Layout.Tests.Bidi;

/// <summary>Spans resolved as directional isolates (virtual FSI…PDI, UAX #9 X5c) and a paragraph level set by HL1.</summary>
public sealed class IsolatedSpanTests
{
    [Fact]
    public void A_right_to_left_field_first_in_a_left_to_right_line_leaves_the_comma_at_level_0()
    {
        const string text = "מים והשקיה, pp. 12";
        var levels = BidiText.ResolveLevels(text, [(0, 10)], TextDirection.LeftToRight, out var paragraph)!;
        Assert.All(paragraph!, p => Assert.Equal(0, p));
        Assert.All(levels[..10], l => Assert.Equal(1, l));  // the field reads right to left inside itself
        Assert.All(levels[10..], l => Assert.Equal(0, l));  // ", pp. 12" stays left to right after it
        // Without the isolate and with P2-P3 the same text is a right-to-left paragraph.
        BidiText.ResolveLevels(text, out var guessed);
        Assert.Equal(1, guessed![0]);
    }

    [Fact]
    public void Neutrals_between_two_right_to_left_fields_take_the_paragraph_direction_only_when_isolated()
    {
        const string text = "אבג, דהו";
        // Unisolated, the comma between two R letters is R (N1); isolated fields leave it to the paragraph (N2: level 0).
        var plain = BidiText.ResolveLevels(text, [], TextDirection.LeftToRight, out _)!;
        Assert.Equal(1, plain[3]);
        var isolated = BidiText.ResolveLevels(text, [(0, 3), (5, 8)], TextDirection.LeftToRight, out _)!;
        Assert.Equal(0, isolated[3]);
        Assert.Equal(1, isolated[0]);
        Assert.Equal(1, isolated[7]);
    }

    [Fact]
    public void A_right_to_left_paragraph_of_latin_fields_is_resolved_without_any_hebrew_letter()
    {
        const string text = "Engineer, Lab";
        Assert.Null(BidiText.ResolveLevels(text, [(0, 8), (10, 13)], TextDirection.Auto, out _));
        var levels = BidiText.ResolveLevels(text, [(0, 8), (10, 13)], TextDirection.RightToLeft, out var paragraph)!;
        Assert.All(paragraph!, p => Assert.Equal(1, p));
        Assert.Equal(2, levels[0]);
        Assert.Equal(1, levels[8]); // the comma
        Assert.Equal(2, levels[12]);
    }
}

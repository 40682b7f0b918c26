using CvBuild.Layout.Hyphenation;

namespace CvBuild.Layout.Text;

/// <summary>How a paragraph's lines are broken: justified or ragged glue, the method, and the hyphenation patterns (none: null).</summary>
internal readonly record struct ParagraphSettings(bool Justify, BreakingMethod Method, Hyphenator? Hyphenation);

/// <summary>The hyphen a line broken at a hyphenation point ends with: shaped in the font of the word's run.</summary>
internal sealed record Hyphen(StyledRun Run, ShapedRun Shaped, float Width);

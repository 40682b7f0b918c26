using CvBuild.Core.Model;

namespace CvBuild.Core.Reading;

/// <summary>
/// A piece of text a CV read may print (a YAML scalar of the CV or of an included file, a line of a .bib file
/// named by publications_from) with the place of each of its characters, so that a check made later (does a
/// bundled font draw it?) can point at the character's own line and column.
/// </summary>
/// <param name="Text">The text as read (escapes resolved, for YAML).</param>
/// <param name="At">The position in its file of the UTF-16 index i of <paramref name="Text"/>.</param>
public sealed record SourcedText(string Text, Func<int, SourceSpan> At);

using System.Collections.ObjectModel;

namespace CvBuild.Layout;

/// <summary>The spans of a <see cref="RichText"/>; supports <c>{ "text", style }</c> and <c>{ "text", style, uri }</c> initializers.</summary>
public sealed class SpanList : Collection<TextSpan>
{
    public void Add(string text, TextStyle style) => Add(new TextSpan(text, style));

    public void Add(string text, TextStyle style, string linkUri) => Add(new TextSpan(text, style, linkUri));
}

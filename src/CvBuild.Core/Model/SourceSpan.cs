namespace CvBuild.Core.Model;

/// <summary>Where a value came from (1-based line and column), so every problem can point at it.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

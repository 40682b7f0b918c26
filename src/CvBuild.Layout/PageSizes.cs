namespace CvBuild.Layout;

/// <summary>Common page sizes.</summary>
public static class PageSizes
{
    public static PageSize A4 { get; } = new(595.2756f, 841.8898f);
    public static PageSize Letter { get; } = new(612f, 792f);
}

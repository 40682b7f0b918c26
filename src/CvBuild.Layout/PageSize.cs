namespace CvBuild.Layout;

/// <summary>A page size in PDF points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height);

public static class PageSizes
{
    public static PageSize A4 { get; } = new(595.2756f, 841.8898f);
    public static PageSize Letter { get; } = new(612f, 792f);
}

/// <summary>Page margins in PDF points.</summary>
public readonly record struct Margins(float Top, float Right, float Bottom, float Left)
{
    public Margins(float all) : this(all, all, all, all) { }

    public Margins(float vertical, float horizontal) : this(vertical, horizontal, vertical, horizontal) { }

    public static float Millimetres(float mm) => mm * 72f / 25.4f;
}

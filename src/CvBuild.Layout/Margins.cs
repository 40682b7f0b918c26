namespace CvBuild.Layout;

/// <summary>Page margins in PDF points.</summary>
public readonly record struct Margins(float Top, float Right, float Bottom, float Left)
{
    public Margins(float all) : this(all, all, all, all) { }

    public Margins(float vertical, float horizontal) : this(vertical, horizontal, vertical, horizontal) { }

    public static float Millimetres(float mm) => mm * 72f / 25.4f;
}

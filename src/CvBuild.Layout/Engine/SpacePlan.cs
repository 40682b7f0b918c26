namespace CvBuild.Layout.Engine;

internal enum SpacePlanKind
{
    /// <summary>Everything left fits.</summary>
    Full,

    /// <summary>Some fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Nothing fits here; move to the next page.</summary>
    Wrap,
}

/// <summary>An element's answer to "how much of you fits in this space?".</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.Full, width, height);
    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.Partial, width, height);
    public static SpacePlan Wrap { get; } = new(SpacePlanKind.Wrap, 0, 0);
    public static SpacePlan Empty { get; } = new(SpacePlanKind.Full, 0, 0);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    /// <summary>Tolerance for comparing accumulated float heights against the space available.</summary>
    public const float Epsilon = 0.01f;
}

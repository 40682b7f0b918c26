using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Reading;

namespace CvBuild.Pdf.Theming;

/// <summary>
/// Font family names as a CV (design.body_font, design.heading_font) or a theme (fonts.body, fonts.heading) writes
/// them: one of the bundled families (fonts/), matched without regard to case.
/// </summary>
public static class FontNames
{
    /// <summary>Null when <paramref name="family"/> is bundled, else the one-line problem with a "did you mean".</summary>
    public static string? Problem(string family, IReadOnlyCollection<string> families)
    {
        if (families.Any(f => string.Equals(f, family.Trim(), StringComparison.OrdinalIgnoreCase))) return null;
        var close = Suggestions.Closest(family.Trim(), families);
        return $"font '{DiagnosticText.Escape(family)}' is not bundled{(close is null ? "" : $"; did you mean '{close}'?")} "
            + $"(bundled: {string.Join(", ", families.Order(StringComparer.Ordinal))})";
    }

    /// <summary>Adds an error at <paramref name="at"/> when <paramref name="family"/> is not bundled.</summary>
    public static void Check(string family, SourceSpan at, IReadOnlyCollection<string> families, DiagnosticBag bag)
    {
        if (Problem(family, families) is { } problem) bag.Error(at, problem);
    }
}

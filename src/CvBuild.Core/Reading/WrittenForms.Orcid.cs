using System.Text.RegularExpressions;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Core.Reading;

// ORCID iDs: the form and the check character ORCID publishes ("Structure of the ORCID Identifier").
internal static partial class WrittenForms
{
    [GeneratedRegex(@"^(?:https?://(?:www\.)?orcid\.org/|orcid:\s*)(?<id>[^?#\s/]+)/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrcidAddress();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$")]
    private static partial Regex OrcidForm();

    /// <summary>
    /// The ORCID iD of <paramref name="value"/> ("0000-0002-1825-0097"), cut out of an orcid.org address with a
    /// warning; null, with an error at <paramref name="at"/>, when it is not four groups of four or its check
    /// character does not match its digits (a mistyped digit).
    /// </summary>
    public static string? Orcid(string? value, SourceSpan at, DiagnosticBag diagnostics)
    {
        var id = Identifier(value, at, diagnostics, OrcidAddress(), "orcid", "0000-0002-1825-0097")?.ToUpperInvariant();
        if (id is null) return null;
        if (!OrcidForm().IsMatch(id))
        {
            diagnostics.Error(at, $"'orcid' must be 16 characters in four groups of four, 0000-0002-1825-0097 (the last may be X), not '{DiagnosticText.Escape(id)}'");
            return null;
        }
        var expected = OrcidCheckCharacter(id[..^1]);
        if (expected != id[^1])
        {
            diagnostics.Error(at, $"'orcid' {id} is not a valid ORCID iD: its digits give the check character {expected}, not {id[^1]}; a digit is mistyped");
            return null;
        }
        return id;
    }

    /// <summary>
    /// The check character of an ORCID iD from its first 15 digits (hyphens are skipped): ISO/IEC 7064 MOD 11-2,
    /// as ORCID specifies it; 10 is written X.
    /// </summary>
    public static char OrcidCheckCharacter(string digits)
    {
        var total = 0;
        foreach (var c in digits)
            if (c is >= '0' and <= '9') total = (total + (c - '0')) * 2;
        var result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char)('0' + result);
    }
}

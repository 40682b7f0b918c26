using System.Text.RegularExpressions;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;

namespace CvBuild.Core.Reading;

/// <summary>
/// The one rule for values written in a form the outputs would misprint: a DOI or arXiv id given as a full address
/// (every output would print <c>https://doi.org/https://doi.org/…</c>) is cut to the identifier, and an author in
/// "Family, Given" form or several authors in one comma-joined string are read as written. Each gets a warning at
/// its position saying what to write instead.
/// </summary>
internal static partial class WrittenForms
{
    // doi.org and its older dx.doi.org; the DOI handbook (§3.8) gives https://doi.org/ as the resolver address.
    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)(?<id>10\..+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiAddress();

    // arxiv.org/abs/<id> and /pdf/<id>[.pdf], old-style ids (hep-th/9901001) included; "arXiv:" is the printed prefix.
    [GeneratedRegex(@"^(?:https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/|arxiv:\s*)(?<id>[^?#\s]+?)(?:\.pdf)?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivAddress();

    /// <summary>The DOI of <paramref name="value"/>: itself, or the identifier out of a doi.org address (with a warning).</summary>
    public static string? Doi(string? value, SourceSpan? at, DiagnosticBag diagnostics) =>
        Identifier(value, at, diagnostics, DoiAddress(), "doi", "10.1234/abcd");

    /// <summary>The arXiv id of <paramref name="value"/>: itself, or the id out of an arxiv.org address (with a warning).</summary>
    public static string? Arxiv(string? value, SourceSpan? at, DiagnosticBag diagnostics) =>
        Identifier(value, at, diagnostics, ArxivAddress(), "arxiv", "2101.00001");

    private static string? Identifier(string? value, SourceSpan? at, DiagnosticBag diagnostics, Regex address, string field, string example)
    {
        if (value is null || address.Match(value) is not { Success: true } match) return value;
        // An address may carry the identifier percent-encoded (10.1000%2F182); the identifier itself never is.
        var id = Uri.UnescapeDataString(match.Groups["id"].Value);
        if (at is not null)
            diagnostics.Warning(at, $"'{field}' takes the identifier, not an address: read '{DiagnosticText.Escape(value)}' as '{DiagnosticText.Escape(id)}'; write {field}: {(id.Contains(' ', StringComparison.Ordinal) ? "'" + id + "'" : id)} (e.g. {example})");
        return id;
    }

    /// <summary>
    /// Warns when one author string looks like several authors or like "Family, Given": both print wrongly (a
    /// comma-joined list is one author, and a "Family, Given" name is neither matched as you nor shortened).
    /// </summary>
    public static void Author(string name, SourceSpan at, DiagnosticBag diagnostics)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts.Any(p => p.Length == 0)) return;
        // Suffixes written after a comma ("Martin Luther King, Jr.") are a name, not a list.
        if (parts.Skip(1).All(p => p.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV" or "jr" or "sr")) return;
        if (parts.Length > 2 || parts.Count(p => p.Contains(' ', StringComparison.Ordinal)) >= 2 || name.Contains(" and ", StringComparison.Ordinal))
            diagnostics.Warning(at, $"the author '{DiagnosticText.Escape(name)}' looks like several authors in one string; list each author as its own item: authors: [Ada Lovelace, Charles Babbage]");
        else
            diagnostics.Warning(at, $"the author '{DiagnosticText.Escape(name)}' is in \"Family, Given\" form; write it as printed, given name first: '{DiagnosticText.Escape(parts[1] + " " + parts[0])}'");
    }
}

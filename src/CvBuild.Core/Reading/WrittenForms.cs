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

    [GeneratedRegex(@"[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]")]
    private static partial Regex Parenthetical();

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
        // Nearly every author is neither: no comma, no parenthesis, nothing to look at.
        var span = name.AsSpan();
        if (span.IndexOfAny(",()\uFF08\uFF09") < 0) return;
        if (span.Count('(') + span.Count('\uFF08') != span.Count(')') + span.Count('\uFF09'))
            diagnostics.Warning(at, $"the author '{DiagnosticText.Escape(name)}' has an unbalanced parenthesis; close it, as in 'Jane Doe (née Smith)'");
        // A parenthetical ("Jane Doe (Smith, née)") is a note on the name: its commas split nothing.
        var parts = Parenthetical().Replace(name, " ").Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts.Any(p => p.Length == 0)) return;
        // Suffixes written after a comma ("Martin Luther King, Jr.") are a name, not a list.
        if (parts.Skip(1).All(p => p.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV" or "jr" or "sr")) return;
        if (parts.Length > 2 || parts.Count(p => p.Contains(' ', StringComparison.Ordinal)) >= 2 || name.Contains(" and ", StringComparison.Ordinal))
            diagnostics.Warning(at, $"the author '{DiagnosticText.Escape(name)}' looks like several authors in one string; list each author as its own item: authors: [Ada Lovelace, Charles Babbage]");
        else
            diagnostics.Warning(at, $"the author '{DiagnosticText.Escape(name)}' is in \"Family, Given\" form; write it as printed, given name first: '{DiagnosticText.Escape(parts[1] + " " + parts[0])}'");
    }
    /// <summary>
    /// Reports a key holding characters bibtex, biber or \cite cannot take (<see cref="BibKeys"/>): the export
    /// would have to change it, and every \cite of it in the user's papers would then fail.
    /// </summary>
    public static void BibKey(string? key, SourceSpan? at, DiagnosticBag diagnostics)
    {
        if (key is null || at is null) return;
        var bad = BibKeys.Forbidden(key);
        if (key.Trim().Length == 0)
            diagnostics.Error(at, "the BibTeX key is empty; leave 'key' out to have one derived, or write one such as razin2021implicit");
        else if (bad.Count > 0)
            diagnostics.Error(at, $"the BibTeX key '{DiagnosticText.Escape(key)}' holds {string.Join(", ", bad.Select(Describe))}, which bibtex and biber do not take in a key; " +
                $"use letters, digits and - _ : . / + only (e.g. '{DiagnosticText.Escape(Suggest(key))}')");
        else if (!key.All(char.IsAscii))
            diagnostics.Warning(at, $"the BibTeX key '{DiagnosticText.Escape(key)}' is not ASCII: biber takes it, but classic bibtex with pdflatex may not find \\cite{{{DiagnosticText.Escape(key)}}}; an ASCII key works everywhere");
    }

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => $"U+{(int)c:X4}",
        _ => $"'{c}'",
    };

    private static string Suggest(string key)
    {
        var kept = new string([.. key.Where(c => !BibKeys.IsForbidden(c))]);
        return kept.Length > 0 ? kept : "razin2021implicit";
    }

    /// <summary>
    /// "others" is BibTeX's word for the authors left out ("et al."): only the last name of a list can be it,
    /// and not the only one. Reported at the misplaced entry.
    /// </summary>
    public static void OthersLast(IReadOnlyList<Author> people, string field, SourceSpan at, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Organization || !IsOthers(people[i].Name)) continue;
            if (i < people.Count - 1)
                diagnostics.Error(people[i].Source ?? at, $"'others' (BibTeX's 'et al.') must be the last item of '{field}', but '{DiagnosticText.Escape(people[i + 1].Name)}' follows it; move it to the end or name the authors in order");
            else if (i == 0)
                diagnostics.Error(people[i].Source ?? at, $"'others' (BibTeX's 'et al.') cannot be the only item of '{field}'; name at least the first author before it");
        }
    }

    /// <summary>The word "others" in any letter case, as the outputs read it.</summary>
    public static bool IsOthers(string name) => name.Trim().Equals("others", StringComparison.OrdinalIgnoreCase);
}

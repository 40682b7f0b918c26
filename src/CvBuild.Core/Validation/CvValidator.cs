using System.Text;
using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Writing;

namespace CvBuild.Core.Validation;

/// <summary>Checks that need the whole CV: duplicates, equal-contribution marks, the owner in author lists.</summary>
public static class CvValidator
{
    public static IReadOnlyList<Diagnostic> Validate(Cv cv)
    {
        var bag = new DiagnosticBag();
        CheckPublications(cv, bag);
        CheckPatents(cv, bag);
        CheckCustomSections(cv, bag);
        return bag.Items;
    }

    private static void CheckPublications(Cv cv, DiagnosticBag bag)
    {
        var titles = new Dictionary<string, Publication>(StringComparer.Ordinal);
        // bibtex and biber compare keys ignoring case ("Repeated entry"), so keys must be unique ignoring case.
        var keys = new Dictionary<string, Publication>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in cv.Publications)
        {
            var at = p.Source ?? new SourceSpan("", 0, 0);
            // A workshop and a conference version, or a paper and its abstract, share a title: only the same
            // title of the same kind in the same venue and year is the same entry listed twice.
            var identity = IdentityKey(p);
            if (titles.TryGetValue(identity, out var first))
                bag.Error(at, $"publication '{p.Title}' is listed twice with the same kind, venue and year (first at line {first.Source?.Line})");
            else titles[identity] = p;

            if (p.Key is { } key)
            {
                if (keys.TryGetValue(key, out var other))
                    bag.Error(at, other.Key == key
                        ? $"BibTeX key '{key}' is used twice (first at line {other.Source?.Line})"
                        : $"BibTeX key '{key}' is the key '{other.Key}' (line {other.Source?.Line}) in another letter case; BibTeX ignores case, so keys must differ in more than case");
                else keys[key] = p;
            }

            if (p.Isbn is { } isbn && !IsbnChecksumHolds(isbn))
                bag.Warning(at, $"ISBN '{isbn}' of '{p.Title}' has a wrong check digit or length (ISBN-10 or ISBN-13); biber rejects it");

            var marked = p.Authors.Where(a => a.Equal).ToList();
            if (marked.Count == 1)
                bag.Error(marked[0].Source ?? at,
                    $"only '{marked[0].Name}' is marked '*' (equal contribution) in '{p.Title}'; equal contribution needs at least two marked authors");

            // An edited volume or a translation is the owner's work through its editors or translators.
            if (!p.Authors.Concat(p.Editors).Concat(p.Translators).Any(a => !a.Organization && cv.Person.IsOwner(a.Name)))
                bag.Warning(at, $"'{cv.Person.Name}' (or an alias in person.aliases) is not among the authors, editors or translators of '{p.Title}'");
        }
    }

    /// <summary>
    /// ISO 2108: ISBN-13 digits weigh 1 and 3 alternately and sum to a multiple of 10; ISBN-10 digits weigh
    /// 10 down to 1 (a final X is 10) and sum to a multiple of 11. Hyphens and spaces are ignored.
    /// </summary>
    public static bool IsbnChecksumHolds(string isbn)
    {
        var chars = isbn.Where(c => c is not ('-' or ' ')).ToArray();
        if (chars.Length == 13 && chars.All(char.IsAsciiDigit))
            return chars.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum() % 10 == 0;
        if (chars.Length == 10 && chars[..9].All(char.IsAsciiDigit) && (char.IsAsciiDigit(chars[9]) || chars[9] is 'X' or 'x'))
            return chars.Select((c, i) => (c is 'X' or 'x' ? 10 : c - '0') * (10 - i)).Sum() % 11 == 0;
        return false;
    }

    private static string IdentityKey(Publication p) =>
        string.Join('\u001F', TitleKey(p.Title), p.Kind.ToString(), TitleKey(p.Venue?.Display ?? ""), p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void CheckPatents(Cv cv, DiagnosticBag bag)
    {
        foreach (var p in cv.Patents)
            if (!p.Inventors.Any(cv.Person.IsOwner))
                bag.Warning(p.Source ?? new SourceSpan("", 0, 0), $"'{cv.Person.Name}' (or an alias in person.aliases) is not among the inventors of '{p.Title}'");
    }

    private static void CheckCustomSections(Cv cv, DiagnosticBag bag)
    {
        var builtIn = SectionIds.DefaultOrder.Where(id => !SectionIds.YieldToCustom.Contains(id) || SectionIds.IsFilled(cv, id));
        var ids = new HashSet<string>(builtIn.Concat(cv.Settings.TalkSections.Select(t => t.Id)), StringComparer.Ordinal);
        foreach (var section in cv.CustomSections)
            if (!ids.Add(section.Id))
                bag.Error(section.Source ?? new SourceSpan("", 0, 0), SectionIds.YieldToCustom.Contains(section.Id)
                    ? $"custom section id '{section.Id}' is already used by the built-in section '{section.Id}:', which this CV also fills; move the entries there or rename the custom section"
                    : $"custom section id '{section.Id}' is already used by another section");
    }

    /// <summary>
    /// Titles compare without case, accents, punctuation or spacing: "On X" and "On x." are the same paper, and so
    /// are "Über" and "Uber". Accents go through <see cref="AccentTable"/> (string.Normalize does nothing under the
    /// invariant globalization the tool runs with); combining marks of decomposed text are skipped as non-letters.
    /// </summary>
    public static string TitleKey(string title)
    {
        var sb = new StringBuilder();
        foreach (var c in title)
        {
            var letter = AccentTable.BaseLetters.TryGetValue(c, out var b) ? b : c;
            if (char.IsLetterOrDigit(letter)) sb.Append(char.ToLowerInvariant(letter));
        }
        return sb.ToString();
    }
}

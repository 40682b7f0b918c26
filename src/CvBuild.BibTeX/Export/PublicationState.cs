namespace CvBuild.BibTeX.Export;

/// <summary>
/// biblatex's pubstate field (biblatex manual §2.2.2, "pubstate"; the localisation keys of §4.9.2.11): the
/// statuses it knows are written as their keys (so styles print them in the document's language), any other
/// status as written. Import maps the keys back to the CV's wording.
/// </summary>
internal static class PublicationState
{
    private static readonly (string Status, string Key)[] Known =
    [
        ("in preparation", "inpreparation"),
        ("submitted", "submitted"),
        ("to appear", "forthcoming"),
        ("forthcoming", "forthcoming"),
        ("in press", "inpress"),
        ("prepublished", "prepublished"),
    ];

    /// <summary>"to appear" → forthcoming, "Submitted" → submitted; "under review" stays as written.</summary>
    public static string ToPubstate(string status)
    {
        var t = status.Trim();
        foreach (var (s, key) in Known)
            if (t.Equals(s, StringComparison.OrdinalIgnoreCase)) return key;
        return t;
    }

    /// <summary>forthcoming → "to appear", inpress → "in press"; anything else as written.</summary>
    public static string FromPubstate(string pubstate)
    {
        var t = pubstate.Trim();
        foreach (var (s, key) in Known)
            if (t.Equals(key, StringComparison.OrdinalIgnoreCase)) return s;
        return t;
    }
}

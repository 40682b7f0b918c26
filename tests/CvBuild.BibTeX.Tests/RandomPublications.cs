using CvBuild.Core.Model;

namespace CvBuild.BibTeX.Tests;

/// <summary>
/// Seeded random publications for round-trip and tool tests: names with particles, suffixes, hyphens and
/// accents; titles with LaTeX specials, acronyms, Unicode dashes and quotes; every kind, with and without
/// venue, institution, links and notes. A failing seed prints the publication it made.
/// </summary>
internal static class RandomPublications
{
    private static readonly string[] Given = ["Noam", "José", "Zoë", "Jason D.", "Anne-Marie", "Łukasz", "François", "Søren", "Ada", "Yotam", "Ngũgĩ"];
    private static readonly string[] Particles = ["", "", "", "van der ", "de ", "De La ", "von ", "di ", "Van "];
    private static readonly string[] Surnames = ["Razin", "Müller", "García", "Cohen-Karlik", "Østergaard", "O'Brien", "Smith", "Çelik", "Dvořák", "Straße"];
    private static readonly string[] Words =
    [
        "Implicit", "Regularization", "in", "Tensor", "Factorization", "RecoBERT:", "A", "the", "of", "LQR", "RASP-Generalization",
        "Über", "naïve", "Café", "&", "50%", "C#", "under_score", "{braces}", "back\\slash", "tilde~", "caret^", "$5", "x:",
        "Why?", "–", "—", "“quoted”", "Łódź", "α-Divergence", "Text-Based", "IM-RMs", "GPT-4", "H₂O", "10⁻³", "∑ᵢ", "ℏ≈∂", "ΓΩ", "Gödel's", "(SSMs)",
        "non-linear", "Bayesian", "O(n)", "1/2", "Straße", "ǘber",
    ];
    private static readonly string[] ConferenceNames =
        ["Conference on Neural Information Processing Systems", "International Conference on Machine Learning", "Findings of ACL: EMNLP", "Symposium on A & B"];
    private static readonly string[] WorkshopNames = ["Workshop on Theory of Deep Learning", "Reliable ML from Unreliable Data Workshop"];
    private static readonly string[] Shorts = ["NeurIPS", "ICML", "COLT'24", "A&B"];
    private static readonly string[] Journals = ["Journal of Machine Learning Research", "Transactions on Pattern Analysis & Machine Intelligence"];

    public static IEnumerable<Publication> Many(Random random, int count)
    {
        var titles = new HashSet<string>();
        while (titles.Count < count)
        {
            var p = One(random);
            if (titles.Add(Core.Validation.CvValidator.TitleKey(p.Title))) yield return p;
        }
    }

    public static Publication One(Random r)
    {
        var kind = Pick(r, Enum.GetValues<PublicationKind>());
        var authorCount = r.Next(1, 6);
        var authors = Enumerable.Range(0, authorCount).Select(_ => new Author(Name(r))).ToList();
        if (authorCount >= 2 && r.Next(3) == 0)
            authors = authors.Select((a, i) => i < 2 ? a with { Equal = true } : a).ToList();
        // Co-last authors: a second equal-contribution group.
        if (authorCount >= 4 && r.Next(3) == 0)
            authors = authors.Select((a, i) => i >= authorCount - 2 ? a with { Equal = true, EqualGroup = 2 } : a).ToList();
        if (r.Next(4) == 0)
        {
            var c = r.Next(authorCount);
            authors[c] = authors[c] with { Corresponding = true };
        }
        var title = string.Join(' ', Enumerable.Range(0, r.Next(2, 9)).Select(_ => Pick(r, Words)));
        Venue? venue = kind switch
        {
            PublicationKind.Conference => Maybe(r, 4) ? Venue(r, ConferenceNames) : null,
            // BibTeX has no workshop type: @inproceedings reads back as a workshop only when the venue says so.
            PublicationKind.Workshop => Maybe(r, 4) ? new Venue(Maybe(r, 2) ? Pick(r, Shorts) : null, Pick(r, WorkshopNames)) : null,
            PublicationKind.Journal => Maybe(r, 4) ? new Venue(null, Pick(r, Journals)) : null,
            PublicationKind.BookChapter or PublicationKind.LectureNotes or PublicationKind.Other => Maybe(r, 2) ? Venue(r, ConferenceNames) : null,
            PublicationKind.BookReview or PublicationKind.Editorial => Maybe(r, 4) ? new Venue(null, Pick(r, Journals)) : null,
            PublicationKind.ConferenceAbstract or PublicationKind.Poster => Maybe(r, 4) ? Venue(r, ConferenceNames) : null,
            PublicationKind.Dataset or PublicationKind.Software => Maybe(r, 2) ? new Venue(null, "Zenodo & Co") : null,
            _ => null,
        };
        var arxiv = Maybe(r, 2) ? $"{r.Next(15, 26):D2}{r.Next(1, 13):D2}.{r.Next(0, 99999):D5}" : null;
        // An "other" entry with only an arXiv id is indistinguishable from a preprint in BibTeX.
        if (kind == PublicationKind.Other && venue is null) arxiv = null;
        // Work not yet published: a status and no year.
        var undated = Maybe(r, 8);
        return new Publication
        {
            Kind = kind,
            Title = title,
            Authors = authors,
            Venue = venue,
            Year = undated ? null : r.Next(1990, 2031),
            Month = Maybe(r, 2) ? r.Next(1, 13) : null,
            Status = undated ? Pick(r, new[] { "submitted", "under review", "in preparation" }) : Maybe(r, 5) ? "to appear" : null,
            Awards = Maybe(r, 5) ? ["Best paper award, NeurIPS 2025 & more"] : [],
            Note = Maybe(r, 4) ? "Oral presentation (top 5%)" : null,
            Links = new PublicationLinks
            {
                Arxiv = arxiv,
                Doi = Maybe(r, 3) ? $"10.{r.Next(1000, 9999)}/abc_{r.Next(100)}.x" : null,
                Url = Maybe(r, 3) ? $"https://example.org/p_{r.Next(100)}?a=1&b=50%25#top" : null,
            },
            Tags = arxiv is not null && Maybe(r, 2) ? ["cs.LG"] : [],
            Abstract = Maybe(r, 2) ? "We prove that 50% of $x_i$ & {braces} hold~always. Über-naïve." : null,
            Key = Maybe(r, 8) ? $"key:{r.Next(100000)}_x" : null,
            Volume = kind == PublicationKind.Journal && Maybe(r, 2) ? (Maybe(r, 4) ? $"S{r.Next(1, 9)}" : r.Next(1, 60).ToString()) : null,
            Number = kind == PublicationKind.Journal && Maybe(r, 2) ? r.Next(1, 12).ToString() : null,
            Pages = kind is PublicationKind.Journal or PublicationKind.Conference && venue is not null && Maybe(r, 2) ? $"{r.Next(1, 100)}-{r.Next(100, 200)}" : null,
            Publisher = kind is PublicationKind.BookChapter or PublicationKind.Book or PublicationKind.Conference && Maybe(r, 2) ? "PMLR & Sons" : null,
            Institution = kind is PublicationKind.Thesis or PublicationKind.TechnicalReport && Maybe(r, 3) ? "Université de Montréal" : null,
            ThesisType = kind == PublicationKind.Thesis && !Maybe(r, 6) ? Pick(r, Enum.GetValues<ThesisType>()) : null,
        };
    }

    private static string Name(Random r)
    {
        if (Maybe(r, 15)) return "Plato";
        var suffix = Maybe(r, 10) ? " Jr." : "";
        return $"{Pick(r, Given)} {Pick(r, Particles)}{Pick(r, Surnames)}{suffix}";
    }

    private static Venue Venue(Random r, string[] names) => r.Next(3) switch
    {
        0 => new Venue(Pick(r, Shorts), Pick(r, names)),
        1 => new Venue(null, Pick(r, names)),
        _ => new Venue(Pick(r, Shorts), null),
    };

    private static bool Maybe(Random r, int oneIn) => r.Next(oneIn) == 0 || oneIn == 2 && r.Next(2) == 0;

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];
}

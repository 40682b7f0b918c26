using CvBuild.Core.Model;

namespace CvBuild.BibTeX;

/// <summary>
/// BibTeX's own words, independent of what the CV outputs print: the kind marker cvbuild writes into a @misc
/// entry's howpublished ("PhD Thesis, Tel Aviv University") and reads back on import, and the English month
/// names that .bib files spell out. A translated CV must not change its .bib file, nor break the round trip.
/// </summary>
internal static class HowPublished
{
    /// <summary>The marker of a kind: "Preprint", "Master's Thesis", "Lecture Notes", ...</summary>
    public static string KindMarker(PublicationKind kind, ThesisType? thesisType) => kind switch
    {
        PublicationKind.Preprint => "Preprint",
        PublicationKind.Thesis => thesisType switch
        {
            ThesisType.Masters => "Master's Thesis",
            ThesisType.Bachelors => "Bachelor's Thesis",
            _ => "PhD Thesis",
        },
        PublicationKind.LectureNotes => "Lecture Notes",
        PublicationKind.TechnicalReport => "Technical Report",
        PublicationKind.BookChapter => "Book Chapter",
        PublicationKind.Book => "Book",
        PublicationKind.Journal => "Journal Article",
        PublicationKind.Workshop => "Workshop Paper",
        PublicationKind.Conference => "Conference Paper",
        _ => "Other",
    };

    /// <summary>Month names as .bib files spell them out ("January", "Jan."), index 0 = January.</summary>
    public static readonly IReadOnlyList<string> EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}

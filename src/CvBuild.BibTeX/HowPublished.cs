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
        PublicationKind.Thesis => ThesisMarker(thesisType),
        PublicationKind.LectureNotes => "Lecture Notes",
        PublicationKind.TechnicalReport => "Technical Report",
        PublicationKind.BookChapter => "Book Chapter",
        PublicationKind.Book => "Book",
        PublicationKind.Journal => "Journal Article",
        PublicationKind.Workshop => "Workshop Paper",
        PublicationKind.Conference => "Conference Paper",
        PublicationKind.BookReview => "Book Review",
        PublicationKind.Editorial => "Editorial",
        PublicationKind.EditedBook => "Edited Volume",
        PublicationKind.ConferenceAbstract => "Conference Abstract",
        PublicationKind.Poster => "Poster",
        PublicationKind.Dataset => "Dataset",
        PublicationKind.Software => "Software",
        _ => "Other",
    };

    /// <summary>A thesis whose degree is not given is a "Thesis", never a PhD thesis.</summary>
    public static string ThesisMarker(ThesisType? type) => type switch
    {
        ThesisType.PhD => "PhD Thesis",
        ThesisType.Masters => "Master's Thesis",
        ThesisType.Bachelors => "Bachelor's Thesis",
        ThesisType.Diploma => "Diploma Thesis",
        ThesisType.Habilitation => "Habilitation Thesis",
        _ => "Thesis",
    };

    /// <summary>The thesis types in the order import tries their markers: longest first, so "Thesis" comes last.</summary>
    public static readonly IReadOnlyList<ThesisType?> ThesisTypes =
        [ThesisType.PhD, ThesisType.Masters, ThesisType.Bachelors, ThesisType.Diploma, ThesisType.Habilitation, null];

    /// <summary>
    /// What an exported talk's howpublished starts with, by kind ("Keynote talk, ICML 2024"); import recognises
    /// them and leaves talks out. Distinct from every publication marker (a poster talk is a "Poster presentation").
    /// </summary>
    public static string TalkLabel(TalkKind? kind) => kind switch
    {
        TalkKind.Keynote => "Keynote talk",
        TalkKind.Plenary => "Plenary talk",
        TalkKind.Invited => "Invited talk",
        TalkKind.Contributed => "Contributed talk",
        TalkKind.Poster => "Poster presentation",
        TalkKind.Panel => "Panel discussion",
        TalkKind.Seminar => "Seminar talk",
        TalkKind.LectureSeries => "Lecture series",
        // A talk of no kind is under the Talks section, whose heading says "Invited Talks".
        _ => "Invited talk",
    };

    /// <summary>Every talk label, for import to recognise an exported talk.</summary>
    public static IEnumerable<string> TalkLabels => Enum.GetValues<TalkKind>().Select(k => TalkLabel(k));

    /// <summary>Month names as .bib files spell them out ("January", "Jan."), index 0 = January.</summary>
    public static readonly IReadOnlyList<string> EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}

using CvBuild.Core.Model;
using CvBuild.Presentation.Document;

namespace CvBuild.Presentation.Building;

/// <summary>A publication's kind and citation facts for <see cref="Entry.Work"/>, decided once for every output.</summary>
internal static class ScholarlyWorks
{
    public static ScholarlyWork Of(Publication p)
    {
        var venue = p.Venue?.Display is { Length: > 0 } v ? v : null;
        var (type, container) = p.Kind switch
        {
            PublicationKind.Journal => (WorkType.ScholarlyArticle, ContainerType.Periodical),
            PublicationKind.Conference or PublicationKind.Workshop => (WorkType.ScholarlyArticle, ContainerType.Proceedings),
            PublicationKind.Preprint => (WorkType.ScholarlyArticle, ContainerType.None),
            PublicationKind.BookChapter => (WorkType.Chapter, ContainerType.Book),
            PublicationKind.Book => (WorkType.Book, ContainerType.None),
            PublicationKind.Thesis => (WorkType.Thesis, ContainerType.None),
            PublicationKind.TechnicalReport => (WorkType.Report, ContainerType.None),
            PublicationKind.LectureNotes => (WorkType.LearningResource, ContainerType.None),
            _ => (WorkType.CreativeWork, ContainerType.None),
        };
        return new ScholarlyWork(type)
        {
            Authored = p.Authors.Count > 0,
            Container = container == ContainerType.None ? null : venue,
            ContainerType = venue is null ? ContainerType.None : container,
            Volume = p.Volume,
            Number = p.Number,
            Pages = p.Pages,
            Publisher = p.Publisher,
            Institution = p.Institution,
            Degree = p.Kind != PublicationKind.Thesis ? null : p.ThesisType switch
            {
                ThesisType.PhD => "PhD",
                ThesisType.Masters => "Master's",
                ThesisType.Bachelors => "Bachelor's",
                _ => null,
            },
            Editors = [.. p.Editors.Select(a => new Contributor(a.Name, a.Organization))],
            Translators = [.. p.Translators.Select(a => new Contributor(a.Name, a.Organization))],
            Isbn = p.Isbn,
            Edition = p.Edition,
            Place = p.Place,
            Language = p.Language,
            Doi = p.Links.Doi,
        };
    }
}

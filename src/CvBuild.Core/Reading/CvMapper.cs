using CvBuild.Core.Diagnostics;
using CvBuild.Core.Model;
using CvBuild.Core.Reading.Sources;
using CvBuild.Core.Schema;

namespace CvBuild.Core.Reading;

/// <summary>Maps the checked YAML tree onto the model, one section at a time; an invalid entry is skipped after its problems are reported.</summary>
internal sealed partial class CvMapper(ReadContext ctx, BibliographyMerger? bibliographies = null)
{
    public Cv? Map(YamlNode root)
    {
        var r = ctx.Object(root, FormatSpec.Root);
        if (r is null) return null;
        var person = Person(r.Node("person"));
        var publications = List(r, "publications", Publication);
        var patents = List(r, "patents", Patent);
        if (bibliographies is not null)
        {
            // .bib entries follow the YAML ones; the validator then checks the whole list (duplicates, keys).
            var (fromBib, patentsFromBib) = bibliographies.Read(r, publications);
            publications = [.. publications, .. fromBib];
            patents = [.. patents, .. patentsFromBib];
        }
        var cv = new Cv
        {
            Person = person ?? new Person { Name = "" },
            LastUpdated = r.Date("last_updated"),
            Settings = Settings(r.Node("settings")),
            Positions = List(r, "positions", Position),
            Education = List(r, "education", Education),
            Awards = List(r, "awards", Award),
            Publications = publications,
            Patents = patents,
            Talks = List(r, "talks", Talk),
            Teaching = List(r, "teaching", Teaching),
            Service = List(r, "service", Service),
            CustomSections = List(r, "custom_sections", CustomSection),
            Grants = List(r, "grants", Grant),
            Supervision = List(r, "supervision", Supervision),
            Memberships = List(r, "memberships", Membership),
            Languages = List(r, "languages", Language),
            Skills = List(r, "skills", SkillGroup),
            Media = List(r, "media", MediaItem),
        };
        CheckSectionOrder(r.Node("settings"), cv.Settings.TalkSections, cv.CustomSections);
        return person is null ? null : cv;
    }

    /// <summary>Every id in section_order must name a built-in or custom section, once; every id in headings a section.</summary>
    private void CheckSectionOrder(YamlNode? settings, IReadOnlyList<TalkSection> talkSections, IReadOnlyList<CustomSection> custom)
    {
        var known = SectionIds.DefaultOrder.Concat(talkSections.Select(t => t.Id)).Concat(custom.Select(c => c.Id)).ToList();
        // A heading for an id no section has would be dropped without a word; a typo never silently drops data.
        if ((settings as YamlMapping)?["headings"] is YamlMapping headings)
            foreach (var (key, _) in headings.Entries)
                if (!known.Contains(key.Value))
                {
                    var hint = Suggestions.Closest(key.Value, known) is { } h ? $"; did you mean '{h}'?" : "";
                    ctx.Diagnostics.Error(key.Span, $"settings.headings names no section '{DiagnosticText.Escape(key.Value)}'{hint}");
                }
        if ((settings as YamlMapping)?["section_order"] is not YamlSequence order) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in order.Items)
        {
            if (item is not YamlScalar { IsNull: false } s) continue;
            if (!known.Contains(s.Value))
            {
                var hint = Suggestions.Closest(s.Value, known) is { } h ? $"; did you mean '{h}'?" : "";
                ctx.Diagnostics.Error(s.Span, $"unknown section '{s.Value}' in section_order{hint}");
            }
            else if (!seen.Add(s.Value))
                ctx.Diagnostics.Error(s.Span, $"section '{s.Value}' appears twice in section_order");
        }
    }

    /// <summary>
    /// The one reader of a list of objects: each item is checked against the spec the parent gives the field, and an
    /// item whose required fields are missing (or that <paramref name="map"/> turns down) is left out after its
    /// problems are reported.
    /// </summary>
    private IReadOnlyList<T> List<T>(FieldReader parent, string name, Func<FieldReader, T?> map) where T : class
    {
        var spec = parent.Spec.Field(name)?.Object ?? throw new InvalidOperationException($"{parent.Spec.Name} has no list of objects '{name}'");
        var list = new List<T>();
        foreach (var item in ctx.Items(parent.Node(name), name))
            if (ctx.Object(item, spec) is { } r && map(r) is { } value && !r.Missing)
                list.Add(value);
        return list;
    }

    private Position? Position(FieldReader r)
    {
        var kind = r.Enum("kind") == "industry" ? PositionKind.Industry : PositionKind.Academic;
        var periods = Periods(r);
        var title = r.String("title");
        var organization = r.String("organization");
        var position = new Position
        {
            Kind = kind, Title = title ?? "", Organization = organization ?? "", Location = r.String("location"),
            Period = periods.FirstOrDefault()!, OtherPeriods = periods.Skip(1).ToList(), Host = r.String("host"), HostLabel = r.String("host_label"),
            Description = r.String("description"), Source = r.Span,
        };
        return periods.Count == 0 || title is null || organization is null ? null : position;
    }

    private Education? Education(FieldReader r)
    {
        var periods = Periods(r);
        var degree = r.String("degree");
        var institution = r.String("institution");
        var education = new Education
        {
            Degree = degree ?? "", Field = r.String("field"), Institution = institution ?? "", Location = r.String("location"),
            Period = periods.FirstOrDefault()!, OtherPeriods = periods.Skip(1).ToList(), Awarded = r.Date("awarded"), Thesis = r.String("thesis"), Advisor = r.String("advisor"), Honors = r.StringList("honors"),
            Gpa = r.String("gpa"), Source = r.Span,
        };
        return periods.Count == 0 || degree is null || institution is null ? null : education;
    }

    private Award? Award(FieldReader r)
    {
        var period = r.YearOrRange("year");
        var title = r.String("title");
        var award = new Award { Period = period!, Title = title ?? "", Note = r.String("note"), Url = r.Url("url"), Source = r.Span };
        return period is null || title is null ? null : award;
    }

    private Publication? Publication(FieldReader r)
    {
        var kind = r.Enum("kind");
        var title = r.String("title");
        var authors = Authors(r.Node("authors"), "authors");
        // An edited volume has editors and may have no author.
        if (r.Node("authors") is null && r.Node("editors") is null)
            ctx.Diagnostics.Error(r.Span, "publication is missing the required field 'authors' (or 'editors', for an edited volume)");
        var year = r.Integer("year");
        // A work not yet published (submitted, in preparation) has a status and no year; anything else needs its year.
        if (r.Node("year") is null && r.Node("status") is null)
            ctx.Diagnostics.Error(r.Span, "publication is missing the required field 'year' (or a 'status' such as 'submitted', for work not yet published)");
        var links = ctx.Object(r.Node("links"), FormatSpec.Links) is { } l
            ? new PublicationLinks
            {
                Arxiv = WrittenForms.Arxiv(l.String("arxiv"), l.Node("arxiv")?.Span, ctx.Diagnostics),
                Doi = WrittenForms.Doi(l.String("doi"), l.Node("doi")?.Span, ctx.Diagnostics), Url = l.Url("url"), Pdf = l.Url("pdf"),
                Code = l.Url("code"), Slides = l.Url("slides"), Video = l.Url("video"), Poster = l.Url("poster"),
            }
            : new PublicationLinks();
        var publication = new Publication
        {
            Kind = ParseKind(kind),
            Title = title ?? "",
            Authors = authors,
            Venue = Venue(r.Node("venue")),
            Year = year,
            Month = r.Integer("month"),
            Date = r.Date("date"),
            Status = r.String("status"),
            Awards = r.StringList("awards"),
            Links = links,
            Abstract = r.Text("abstract"),
            Tags = r.StringList("tags"),
            Selected = r.Boolean("selected") ?? false,
            Key = r.String("key"),
            Volume = r.String("volume"),
            Number = r.String("number"),
            Pages = r.String("pages"),
            Publisher = r.String("publisher"),
            Edition = r.String("edition"),
            Institution = r.String("institution"),
            ThesisType = ParseThesisType(r.Enum("thesis_type")),
            Note = r.String("note"),
            Source = r.Span,
            Fields = r.Sources(),
        };
        publication = WithDetails(publication, r);
        WrittenForms.BibKey(publication.Key, r.Node("key")?.Span, ctx.Diagnostics);
        // Kept even when kind or year is invalid: the CV is discarded anyway, and the whole-CV checks
        // (duplicates, equal-contribution marks) should still report on it in the same run.
        return title is null || authors.Count == 0 && publication.Editors.Count == 0 ? null : publication;
    }

    public static PublicationKind ParseKind(string? kind) => kind switch
    {
        "conference" => PublicationKind.Conference,
        "journal" => PublicationKind.Journal,
        "workshop" => PublicationKind.Workshop,
        "preprint" => PublicationKind.Preprint,
        "thesis" => PublicationKind.Thesis,
        "lecture_notes" => PublicationKind.LectureNotes,
        "book_chapter" => PublicationKind.BookChapter,
        "book" => PublicationKind.Book,
        "technical_report" => PublicationKind.TechnicalReport,
        "book_review" => PublicationKind.BookReview,
        "editorial" => PublicationKind.Editorial,
        "edited_book" => PublicationKind.EditedBook,
        "conference_abstract" => PublicationKind.ConferenceAbstract,
        "poster" => PublicationKind.Poster,
        "dataset" => PublicationKind.Dataset,
        "software" => PublicationKind.Software,
        _ => PublicationKind.Other,
    };

    public static ThesisType? ParseThesisType(string? type) => type switch
    {
        "phd" => Model.ThesisType.PhD,
        "masters" => Model.ThesisType.Masters,
        "bachelors" => Model.ThesisType.Bachelors,
        "diploma" => Model.ThesisType.Diploma,
        "habilitation" => Model.ThesisType.Habilitation,
        _ => null,
    };

    /// <summary>Book, chapter and proceedings details: editors, translators, place, series, chapter, ISBN, language, event.</summary>
    private Publication WithDetails(Publication p, FieldReader r) => p with
    {
        Editors = r.Node("editors") is { } editors ? Authors(editors, "editors") : [],
        Translators = r.Node("translators") is { } translators ? Authors(translators, "translators") : [],
        Place = r.String("place"),
        Series = r.String("series"),
        Chapter = r.String("chapter"),
        Isbn = r.String("isbn"),
        Language = r.String("language"),
        EventLocation = r.String("event_location"),
        EventDates = r.String("event_dates"),
    };

    /// <summary>People as "Name", "Name*" (equal contribution), {name, equal} or {organization, equal}.</summary>
    private List<Author> Authors(YamlNode? node, string field)
    {
        var authors = new List<Author>();
        foreach (var item in ctx.Items(node, field))
        {
            if (item is YamlMapping)
            {
                if (ctx.Object(item, FormatSpec.Author) is not { Missing: false } a) continue;
                var (person, organization) = (a.String("name"), a.String("organization"));
                if ((person is null) == (organization is null))
                    ctx.Diagnostics.Error(item.Span, $"an entry of '{field}' needs a 'name' (a person) or an 'organization', not {(person is null ? "neither" : "both")}");
                else
                {
                    // An organisation's name may hold commas ("Barnes and Noble, Inc."): only a person's is checked.
                    if (person is not null) WrittenForms.Author(person, a.Node("name")!.Span, ctx.Diagnostics);
                    // equal_group 2 says "equal, in the second group"; equal: true alone is the first group.
                    var group = a.Integer("equal_group");
                    authors.Add(new Author(person ?? organization!, (a.Boolean("equal") ?? false) || group is not null, organization is not null)
                    {
                        EqualGroup = group ?? 1, Corresponding = a.Boolean("corresponding") ?? false, Source = item.Span,
                    });
                }
                continue;
            }
            var text = ctx.String(item, "author");
            if (text is null) continue;
            var equal = text.EndsWith('*');
            var name = equal ? text.TrimEnd('*').TrimEnd() : text;
            if (name.Length == 0)
            {
                ctx.Diagnostics.Error(item.Span, "an author needs a name, not just '*'");
                continue;
            }
            // "{Deutscher Bundestag}" is BibTeX's way of keeping a name whole: the same as {organization: ...}.
            var braced = name.Length > 2 && name[0] == '{' && name[^1] == '}' && name.IndexOf('}') == name.Length - 1;
            if (!braced) WrittenForms.Author(name, item.Span, ctx.Diagnostics);
            authors.Add(new Author(braced ? name[1..^1].Trim() : name, equal, braced) { Source = item.Span });
        }
        if (node is YamlSequence { Items.Count: 0 })
            ctx.Diagnostics.Error(node.Span, $"'{field}' must list at least one name");
        if (node is not null) WrittenForms.OthersLast(authors, field, node.Span, ctx.Diagnostics);
        return authors;
    }

    private Venue? Venue(YamlNode? node)
    {
        if (node is null) return null;
        if (node is YamlScalar) return ctx.String(node, "venue") is { } s ? new Venue(s, null) : null;
        var r = ctx.Object(node, FormatSpec.Venue);
        if (r is null) return null;
        var venue = new Venue(r.String("short"), r.String("name"));
        if (venue.Short is null && venue.Name is null)
        {
            ctx.Diagnostics.Error(node.Span, "venue needs a 'short' or a 'name'");
            return null;
        }
        return venue;
    }

    private Patent? Patent(FieldReader r)
    {
        var title = r.String("title");
        var year = r.Integer("year");
        var inventors = r.StringList("inventors");
        var patent = new Patent
        {
            Title = title ?? "", Inventors = inventors, Number = r.String("number"), Office = r.String("office"),
            Year = year ?? 0, Url = r.Url("url"), Assignee = r.String("assignee"), Source = r.Span, Fields = r.Sources(),
            Status = r.Enum("status") switch { "granted" => PatentStatus.Granted, "application" => PatentStatus.Application, _ => PatentStatus.Unspecified },
        };
        return title is null || inventors.Count == 0 ? null : patent;
    }

    private Talk? Talk(FieldReader r)
    {
        var date = r.Date("date");
        var ev = r.String("event");
        var host = r.String("host");
        var end = r.Date("end");
        if (ev is null && host is null && !r.Missing)
            ctx.Diagnostics.Error(r.Span, "talk needs an 'event' or a 'host'");
        if (date is { } d && end is { } e && e < d)
            ctx.Diagnostics.Error(r.Node("end")!.Span, $"talk ends ({e}) before it starts ({d})");
        var talk = new Talk
        {
            Date = date ?? default, EndDate = end, Event = ev, Host = host, Kind = ParseTalkKind(r.Enum("kind")), Role = r.String("role"),
            Location = r.String("location"), Virtual = r.Boolean("virtual") ?? false,
            Title = r.String("title"), Room = r.String("room"), Abstract = r.Text("abstract"), Url = r.Url("url"),
            Note = r.String("note"), Source = r.Span, Fields = r.Sources(),
        };
        return date is null || (ev is null && host is null) ? null : talk;
    }

    private Teaching? Teaching(FieldReader r)
    {
        var periods = Periods(r);
        var course = r.String("course");
        var teaching = new Teaching
        {
            Period = periods.FirstOrDefault()!, OtherPeriods = periods.Skip(1).ToList(), Role = r.String("role"), Course = course ?? "",
            Code = r.String("code"), Level = ParseTeachingLevel(r.Enum("level")), Students = r.Integer("students"), Hours = r.String("hours"),
            Description = r.String("description"), Institution = r.String("institution"), Location = r.String("location"), Source = r.Span,
        };
        return periods.Count == 0 || course is null ? null : teaching;
    }

    private Service? Service(FieldReader r)
    {
        var role = r.String("role");
        var service = new Service
        {
            Kind = r.Enum("kind") switch
            {
                "editorial_board" => ServiceKind.EditorialBoard,
                "program_committee" => ServiceKind.ProgramCommittee,
                "reviewing" => ServiceKind.Reviewing,
                "organizing" => ServiceKind.Organizing,
                "other" => ServiceKind.Other,
                _ => null,
            },
            Role = role ?? "", Items = r.StringList("items"), Years = r.StringList("years"), Period = r.Period(), Description = r.String("description"), Source = r.Span,
        };
        return role is null ? null : service;
    }

    private CustomSection? CustomSection(FieldReader r)
    {
        var id = r.String("id");
        var heading = r.String("heading");
        var entries = List(r, "entries", e => new CustomEntry
        {
            Period = e.Period(), Title = e.String("title"), Text = e.String("text"), Url = e.Url("url"),
        });
        return id is null || heading is null ? null : new CustomSection { Id = id, Heading = heading, Entries = entries, Source = r.Span };
    }

    private DocumentSettings Settings(YamlNode? node)
    {
        var r = ctx.Object(node, FormatSpec.Settings);
        if (r is null) return new DocumentSettings();
        var defaults = new DocumentSettings();
        var order = r.Node("section_order") is null ? defaults.SectionOrder : r.StringList("section_order");
        var headings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.Node("headings") is { } h)
        {
            if (h is YamlMapping map)
                foreach (var (key, value) in map.Entries)
                {
                    if (ctx.String(value, key.Value) is { } text) headings[key.Value] = text;
                }
            else ctx.Diagnostics.Error(h.Span, $"'headings' must be a mapping from section id to heading, not {h.KindName}");
        }
        var groups = r.Node("publication_groups") is null
            ? defaults.PublicationGroups
            : List(r, "publication_groups", g =>
            {
                var heading = g.String("heading");
                var kinds = g.EnumItems("kinds").Select(k => ParseKind(k.Value)).ToList();
                return heading is null ? null : new PublicationGroup(heading, kinds) { Tags = g.StringList("tags"), ByYear = g.Boolean("by_year") ?? false };
            });
        var talkSections = List(r, "talk_sections", TalkSection);
        var design = ctx.Object(r.Node("design"), FormatSpec.Design) is { } d
            ? new Design
            {
                Theme = d.String("theme") ?? "classic",
                PageSize = d.Enum("page_size") ?? "a4",
                MarginMm = d.Number("margin_mm") ?? 20,
                FontSize = d.Number("font_size") ?? 10,
                AccentColor = d.Color("accent_color"),
                BodyFont = d.String("body_font"),
                HeadingFont = d.String("heading_font"),
                ThemeSource = d.Node("theme")?.Span,
                BodyFontSource = d.Node("body_font")?.Span,
                HeadingFontSource = d.Node("heading_font")?.Span,
            }
            : new Design();
        var typography = ctx.Object(r.Node("typography"), FormatSpec.Typography) is { } t
            ? new Typography { SmartPunctuation = t.Boolean("smart_punctuation") ?? true }
            : new Typography();
        return new DocumentSettings
        {
            SectionOrder = order,
            Headings = headings,
            PublicationGroups = groups,
            TalkSections = talkSections,
            Numbering = r.Enum("numbering") switch { "reverse" => Numbering.Reverse, "none" => Numbering.None, _ => Numbering.Forward },
            EqualContributionLegend = r.String("equal_contribution_legend") ?? defaults.EqualContributionLegend,
            EqualContributionGroups = List(r, "equal_contribution_groups",
                g => g.String("mark") is { } mark ? new EqualContributionGroup(mark, g.String("legend")) : null),
            CorrespondingMark = r.String("corresponding_mark"),
            CorrespondingLegend = r.String("corresponding_legend"),
            MaxAuthors = r.Integer("max_authors"),
            Locale = r.String("locale"),
            LocaleSource = r.Node("locale")?.Span,
            Design = design,
            Typography = typography,
        };
    }
}

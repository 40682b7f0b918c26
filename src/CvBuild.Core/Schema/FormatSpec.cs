namespace CvBuild.Core.Schema;

/// <summary>The value shapes a CV field can take. Reading, the JSON Schema and docs/format.md all derive from these.</summary>
public enum FieldType
{
    String, Text, Integer, Number, Boolean, Url, Email, Color,
    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    Date,
    /// <summary>A date or the word "present".</summary>
    EndDate,
    /// <summary>A year (2025) or a year range ("2016–2017").</summary>
    YearOrRange,
    Enum, StringList, EnumList, StringMap, Object, ObjectList,
    /// <summary>"Name", "Name*" or {name, equal}.</summary>
    AuthorList,
    /// <summary>"NeurIPS" or {short, name}.</summary>
    Venue,
    /// <summary>An ORCID iD, 0000-0002-1825-0097 (an https://orcid.org/ address is read with a warning).</summary>
    Orcid,
}

public sealed record FieldSpec(string Name, FieldType Type, string Description, bool Required = false, string? Example = null)
{
    public ObjectSpec? Object { get; init; }
    public IReadOnlyList<string> Values { get; init; } = [];
    /// <summary>Bounds of an <see cref="FieldType.Integer"/> field, where it has them.</summary>
    public int? Min { get; init; }
    public int? Max { get; init; }
    /// <summary>
    /// Why the full CV (PDF, plain text, Markdown) does not print this field, or null when it does. docs/format.md
    /// shows the reason; the fidelity test expects every other field's value in every full output.
    /// </summary>
    public string? NotPrinted { get; init; }
    /// <summary>
    /// How a field whose value is not text (a kind, a flag, a month) shows in the outputs; such a field must say
    /// this or <see cref="NotPrinted"/>, since a test cannot look for its value.
    /// </summary>
    public string? PrintedAs { get; init; }
    /// <summary>
    /// The field tells the reader where more of the CV comes from (included YAML files, .bib files, overrides of
    /// .bib entries) rather than holding content; it is resolved while reading and is never in the model.
    /// </summary>
    public bool IsSourceDirective { get; init; }
}

public sealed record ObjectSpec(string Name, string Description, IReadOnlyList<FieldSpec> Fields)
{
    public FieldSpec? Field(string name)
    {
        // A loop, not LINQ: the reader asks this for every key of every mapping of a CV.
        for (var i = 0; i < Fields.Count; i++)
            if (Fields[i].Name == name) return Fields[i];
        return null;
    }
}

/// <summary>Every object of the CV format, its fields, types and meaning: the single source of truth.</summary>
public static class FormatSpec
{
    private static FieldSpec F(string name, FieldType type, string description, bool required = false, string? example = null) =>
        new(name, type, description, required, example);

    private static FieldSpec E(string name, string description, string[] values, bool required = false) =>
        new(name, FieldType.Enum, description, required, values[0]) { Values = values };

    private static FieldSpec Obj(string name, ObjectSpec spec, string description, bool required = false) =>
        new(name, FieldType.Object, description, required) { Object = spec };

    private static FieldSpec List(string name, ObjectSpec spec, string description) =>
        new(name, FieldType.ObjectList, description) { Object = spec };

    public static readonly string[] PublicationKinds =
        ["conference", "journal", "workshop", "preprint", "thesis", "lecture_notes", "book_chapter", "book", "technical_report",
         "book_review", "editorial", "edited_book", "conference_abstract", "poster", "dataset", "software", "other"];

    public static readonly string[] ThesisTypes = ["phd", "masters", "bachelors", "diploma", "habilitation"];

    public static readonly ObjectSpec Profile = new("profile", "A profile link.",
    [
        F("network", FieldType.String, "Name of the site: Google Scholar, GitHub, ORCID, LinkedIn, ...", true, "Google Scholar"),
        F("url", FieldType.Url, "Full address of the profile.", true, "https://scholar.google.com/citations?user=XXXX"),
        F("label", FieldType.String, "Text to show instead of the address.", false, "noamrazin"),
    ]);

    public static readonly ObjectSpec Person = new("person", "Who the CV is about.",
    [
        F("name", FieldType.String, "Full name as printed in the header.", true, "Ada Lovelace"),
        F("native_name", FieldType.String, "Your name in its own script when 'name' is a transliteration; printed beside it in the header and counted as you in author lists.", false, "李明"),
        F("honorifics", FieldType.String, "Titles printed before the name, as written.", false, "Prof. Dr."),
        F("post_nominals", FieldType.String, "Letters printed after the name, as written.", false, "FRS"),
        F("orcid", FieldType.Orcid, "ORCID iD; its check digit is verified. Printed as a link to orcid.org; HTML and JSON Resume carry it as an identifier.", false, "0000-0002-1825-0097"),
        F("aliases", FieldType.StringList, "Other spellings that count as you in author lists (printed in bold too).", false, "[A. Lovelace]") with { NotPrinted = "it only tells which authors are you" },
        F("title", FieldType.String, "Current title.", false, "Postdoctoral Fellow"),
        F("affiliation", FieldType.String, "Current affiliation.", false, "Princeton University"),
        F("email", FieldType.Email, "Email address.", false, "ada@example.org"),
        F("homepage", FieldType.Url, "Personal web page.", false, "https://example.org"),
        F("phone", FieldType.String, "Telephone number.", false, "+1 555 0100"),
        F("location", FieldType.String, "City and country.", false, "Princeton, NJ, USA"),
        List("profiles", Profile, "Profile links (Google Scholar, GitHub, LinkedIn, ...); an ORCID iD goes in 'orcid'."),
        F("research_interests", FieldType.StringList, "Research interests, in order.", false, "[Deep Learning Theory]"),
    ]);

    /// <summary>One more period of a role held more than once; either end may be unknown, not both.</summary>
    public static readonly ObjectSpec Period = new("period", "One period of a role held more than once: a start, an end, or both.",
    [
        F("start", FieldType.Date, "Start; omit where only the end is known (printed 'until <end>').", false, "2019"),
        F("end", FieldType.EndDate, "End or 'present'.", false, "present"),
    ]);

    private static readonly FieldSpec[] Periods =
    [
        F("start", FieldType.Date, "Start date; omit where only the end is known (printed 'until <end>'). A 'start', an 'end' or 'periods' is required.", false, "2019"),
        F("end", FieldType.EndDate, "End date or 'present'; omit for a single year.", false, "present"),
        List("periods", Period, "More periods in the same role, printed together in time order: '2001–2004, 2019–present'."),
    ];

    public static readonly ObjectSpec Position = new("position", "An academic or industry position.",
    [
        E("kind", "Academic (default) or industry; each has its own section.", ["academic", "industry"]) with { PrintedAs = "the section the position is listed in" },
        F("title", FieldType.String, "Job title.", true, "Postdoctoral Fellow"),
        F("organization", FieldType.String, "Employer, department or lab.", true, "Princeton University"),
        F("location", FieldType.String, "Place.", false, "NJ, USA"),
        .. Periods,
        F("host", FieldType.String, "Host, advisor or manager.", false, "Prof. Sanjeev Arora"),
        F("host_label", FieldType.String, "Word printed before the host (default 'Host').", false, "Advisor"),
        F("description", FieldType.String, "One-line description.", false, "Distributed systems for recommendations"),
    ]);

    public static readonly ObjectSpec Education = new("education", "A degree.",
    [
        F("degree", FieldType.String, "Degree.", true, "PhD"),
        F("field", FieldType.String, "Field of study; printed as 'PhD in <field>'.", false, "Computer Science"),
        F("institution", FieldType.String, "University.", true, "Tel Aviv University"),
        F("location", FieldType.String, "Place.", false, "Israel"),
        .. Periods,
        F("awarded", FieldType.Date, "When the degree was conferred, where it differs from the end of study.", false, "2004-07"),
        F("thesis", FieldType.String, "Thesis title.", false, "Understanding Deep Learning via Notions of Rank"),
        F("advisor", FieldType.String, "Advisor(s).", false, "Prof. Nadav Cohen"),
        F("honors", FieldType.StringList, "Honour lines, printed as written.", false, "[Graduated summa cum laude]"),
        F("gpa", FieldType.String, "A GPA/rank line, printed as written.", false, "GPA 3.9/4.0"),
    ]);

    public static readonly ObjectSpec Award = new("award", "An award, honour, fellowship or grant.",
    [
        F("year", FieldType.YearOrRange, "Year (2025) or range ('2016–2017').", true, "2025"),
        F("title", FieldType.String, "Name of the award.", true, "Best Paper Award"),
        F("note", FieldType.String, "A short note.", false, "one of 15 recipients worldwide"),
        F("url", FieldType.Url, "Link.", false, "https://example.org/award"),
    ]);

    public static readonly ObjectSpec Venue = new("venue", "Where a publication appeared.",
    [
        F("short", FieldType.String, "Short name.", false, "NeurIPS"),
        F("name", FieldType.String, "Full name.", false, "Conference on Neural Information Processing Systems"),
    ]);

    public static readonly ObjectSpec Author = new("author", "An author, editor or translator given as an object: a person's `name` or an `organization`, not both.",
    [
        F("name", FieldType.String, "Full name of a person.", false, "Noam Razin"),
        F("organization", FieldType.String, "A collaboration or corporate author, kept whole: never split into given and family names, never taken for you, braced in BibTeX.", false, "ATLAS Collaboration"),
        F("equal", FieldType.Boolean, "Equal contribution, first group (co-first authors; printed as '*').", false, "true") with { PrintedAs = "'*' (or the first settings.equal_contribution_groups mark) after the name, and its legend line above the publications" },
        new("equal_group", FieldType.Integer, "Equal contribution in another group: 2 for co-last authors, ...; each group has its own mark and legend (settings.equal_contribution_groups). Implies equal.", false, "2") { Min = 1, Max = 9, PrintedAs = "the group's mark after the name ('#' for group 2 unless settings say otherwise), and its legend line above the publications" },
        F("corresponding", FieldType.Boolean, "The corresponding author.", false, "true") with { PrintedAs = "'✉' (or settings.corresponding_mark) after the name, and its legend line above the publications" },
    ]);

    public static readonly ObjectSpec Links = new("links", "Links of a publication. Every output prints arxiv and doi as readable identifiers (arXiv:…, doi:…) linked to their pages; the PDF prints the other links as short clickable labels (PDF, URL, code, slides, video, poster), text and Markdown with their addresses.",
    [
        F("arxiv", FieldType.String, "arXiv identifier (not the URL).", false, "2102.09972"),
        F("doi", FieldType.String, "DOI (not the URL).", false, "10.1145/1234567.1234568"),
        F("url", FieldType.Url, "Publisher or project page.", false, "https://example.org/paper"),
        F("pdf", FieldType.Url, "PDF.", false, "https://example.org/paper.pdf"),
        F("code", FieldType.Url, "Code repository.", false, "https://github.com/user/repo"),
        F("slides", FieldType.Url, "Slides.", false, "https://example.org/slides.pdf"),
        F("video", FieldType.Url, "Recorded talk.", false, "https://example.org/video"),
        F("poster", FieldType.Url, "Poster.", false, "https://example.org/poster.pdf"),
    ]);

    // Declared before Publication: static fields initialise in text order.
    /// <summary>
    /// Book, chapter and proceedings details (biblatex manual §2.2.2: editor, translator, location, series,
    /// chapter, isbn, language, venue, eventdate), kept in their own block so they read as one group.
    /// </summary>
    private static readonly FieldSpec[] PublicationDetails =
    [
        F("editors", FieldType.AuthorList, "Editors of an edited volume, or of the book a chapter is in, in order; names or {organization}.", false, "[Jane Austen, Mary Shelley]"),
        F("translators", FieldType.AuthorList, "Translators, in order.", false, "[Edith Grossman]"),
        F("place", FieldType.String, "Place of publication.", false, "Cambridge, MA"),
        F("series", FieldType.String, "Series the book or volume appears in.", false, "Lecture Notes in Computer Science"),
        F("chapter", FieldType.String, "Chapter number or name within a book.", false, "7"),
        F("isbn", FieldType.String, "ISBN, as written.", false, "978-3-16-148410-0"),
        F("language", FieldType.String, "Language of the work, when it is not the CV's.", false, "German"),
        F("event_location", FieldType.String, "Where the conference was held.", false, "Vienna, Austria"),
        F("event_dates", FieldType.String, "When the conference was held, as written.", false, "18–24 July 2021"),
    ];

    public static readonly ObjectSpec Publication = new("publication", "A paper, preprint, thesis, book, report or lecture notes.",
    [
        E("kind", "What kind of publication; decides its group and its BibTeX type.", PublicationKinds, true) with { PrintedAs = "the group the publication is listed in, and the kind's word where there is no venue (always for book reviews, editorials, conference abstracts, posters, datasets and software)" },
        F("title", FieldType.String, "Title.", true, "Implicit Regularization in Tensor Factorization"),
        F("authors", FieldType.AuthorList, "Authors in order; 'Name*' or {name, equal: true} marks equal contribution, {organization: ...} a collaboration or corporate author, 'others' a truncated list (et al.). Required unless 'editors' names the editors of an edited volume.", false, "[Noam Razin*, Asaf Maman*, Nadav Cohen]"),
        new("venue", FieldType.Venue, "Venue: a name, or {short, name}.", false, "{short: ICML, name: International Conference on Machine Learning}") { Object = Venue },
        new("year", FieldType.Integer, "Year of publication as the CV gives it. Required unless 'status' says the work is not yet published (submitted, under review, in preparation); undated work is listed first in its group.", false, "2021") { Min = 1000, Max = 9999 },
        new("month", FieldType.Integer, "Month (1-12).", false, "7") { Min = 1, Max = 12, NotPrinted = "the full CV dates a paper by its year; the publications listing prints the month" },
        F("date", FieldType.Date, "Exact date where known (e.g. first release).", false, "2021-02-19") with { NotPrinted = "the full CV dates a paper by its year; the publications listing prints this date" },
        F("status", FieldType.String, "Status such as 'to appear', 'submitted', 'under review' or 'in preparation'; with a status the year may be left out. BibTeX: biblatex pubstate, a note for plain bibtex.", false, "to appear"),
        F("awards", FieldType.StringList, "Award notes.", false, "[Best paper award]"),
        Obj("links", Links, "Links: arxiv, doi, url, pdf, code, slides, video, poster."),
        F("abstract", FieldType.Text, "Abstract.", false, "We study ...") with { NotPrinted = "an abstract belongs to the publications listing (variant publications) and the BibTeX export with abstracts" },
        F("tags", FieldType.StringList, "arXiv categories or free tags.", false, "[cs.LG]") with { NotPrinted = "printed beside the date in the publications listing only" },
        F("selected", FieldType.Boolean, "Include in the short CV (--only-selected).", false, "true") with { NotPrinted = "it decides which publications the short variant and --only-selected keep" },
        F("key", FieldType.String, "BibTeX key; derived when absent.", false, "razin2021implicit") with { NotPrinted = "it names the BibTeX entry" },
        F("volume", FieldType.String, "Journal volume.", false, "22"),
        F("number", FieldType.String, "Journal issue.", false, "3"),
        F("pages", FieldType.String, "Pages.", false, "1-35"),
        F("publisher", FieldType.String, "Publisher.", false, "PMLR"),
        F("edition", FieldType.String, "Edition of a book, as written; printed as '<edition> ed.'.", false, "2nd"),
        F("institution", FieldType.String, "School of a thesis, institution of a report.", false, "Tel Aviv University"),
        E("thesis_type", "Thesis degree; a thesis without one is printed as just 'Thesis'.", ThesisTypes) with { PrintedAs = "'PhD Thesis', 'Master's Thesis', 'Bachelor's Thesis', 'Diploma Thesis' or 'Habilitation Thesis' where a thesis has no venue" },
        F("note", FieldType.String, "Any other note, printed as written.", false, "Oral presentation"),
        .. PublicationDetails,
    ]);

    public static readonly ObjectSpec Patent = new("patent", "A patent or patent application.",
    [
        F("title", FieldType.String, "Title.", true, "Sentence Similarity Scoring Using Neural Network Distillation"),
        F("inventors", FieldType.StringList, "Inventors in order.", true, "[Oren Barkan, Noam Razin]"),
        F("number", FieldType.String, "Patent or application number.", false, "16789385"),
        F("office", FieldType.String, "Office or country.", false, "US"),
        new("year", FieldType.Integer, "Year.", true, "2021") { Min = 1000, Max = 9999 },
        E("status", "Granted patent or application.", ["granted", "application"]) with { PrintedAs = "'Patent' or 'Patent Application' before the number" },
        F("url", FieldType.Url, "Link.", false, "https://patents.google.com/patent/US0000000"),
        F("assignee", FieldType.String, "Who holds the patent (biblatex 'holder'), when not the inventors.", false, "Microsoft Technology Licensing, LLC"),
    ]);

    public static readonly string[] TalkKinds = ["keynote", "plenary", "invited", "contributed", "poster", "panel", "seminar", "lecture_series"];

    public static readonly ObjectSpec Talk = new("talk", "A talk, poster or panel.",
    [
        E("kind", "What kind of talk; settings.talk_sections can list kinds in sections of their own.", TalkKinds) with { PrintedAs = "'Keynote', 'Poster', 'Lecture series', ... at the start of the entry, and the talk section the talk is listed in" },
        F("date", FieldType.Date, "A full date where known, else a year; the first day of a multi-day talk.", true, "2023-12-04"),
        F("end", FieldType.Date, "The last day of a multi-day talk or lecture series.", false, "2023-12-06"),
        F("event", FieldType.String, "Seminar, workshop or venue; an event or a host is required.", false, "Princeton ALG-ML Seminar"),
        F("host", FieldType.String, "The inviting institution or group, where there is no named event.", false, "Department of Computer Science, Princeton University"),
        F("role", FieldType.String, "Your role when not the speaker (panelist, chair, discussant).", false, "panelist"),
        F("location", FieldType.String, "Place.", false, "Princeton, NJ, USA"),
        F("virtual", FieldType.Boolean, "Given remotely.", false, "true") with { PrintedAs = "'(virtual)' after the place" },
        F("title", FieldType.String, "Title of the talk.", false, "Two Theoretical Analyses of Modern Deep Learning"),
        F("room", FieldType.String, "Room.", false, "Computer Science 302") with { NotPrinted = "printed in the talks listing (variant talks) only" },
        F("abstract", FieldType.Text, "Abstract.", false, "The resurgence of deep learning ...") with { NotPrinted = "printed in the talks listing (variant talks) only" },
        F("url", FieldType.Url, "Link.", false, "https://example.org/seminar"),
        F("note", FieldType.String, "Any other note.", false, "Joint work with ..."),
    ]);

    public static readonly string[] TeachingLevels = ["undergraduate", "graduate", "doctoral", "professional"];

    public static readonly ObjectSpec Teaching = new("teaching", "A course taught.",
    [
        .. Periods,
        F("role", FieldType.String, "Your role; omit where you taught the course yourself.", false, "Teaching Assistant"),
        F("course", FieldType.String, "Course name.", true, "Foundations of Deep Learning"),
        F("code", FieldType.String, "Course code.", false, "COS 514"),
        E("level", "Who the course is for: undergraduate, graduate, doctoral or professional (continuing education).", TeachingLevels) with { PrintedAs = "'Undergraduate', 'Graduate', 'Doctoral' or 'Professional' after the course" },
        new("students", FieldType.Integer, "Number of students enrolled.", false, "120") { Min = 1, Max = 100000, PrintedAs = "'<n> students' after the course" },
        F("hours", FieldType.String, "Teaching load, as written (units differ: hours a week, contact hours, SWS).", false, "3 h/week"),
        F("description", FieldType.String, "A line about the course.", false, "Introductory course with weekly labs"),
        F("institution", FieldType.String, "Institution.", false, "Princeton University"),
        F("location", FieldType.String, "Place.", false, "NJ, USA"),
    ]);

    public static readonly string[] ServiceKinds = ["editorial_board", "program_committee", "reviewing", "organizing", "other"];

    public static readonly ObjectSpec Service = new("service", "A service role (reviewing, organizing, committees).",
    [
        E("kind", "Sub-group within Service: editorial boards, programme committees, reviewing, organizing, other.", ServiceKinds) with { PrintedAs = "the sub-heading the role is listed under (Editorial Boards, Program Committees, Reviewing, Organizing, Other Service); without kinds Service has no sub-headings" },
        F("role", FieldType.String, "Role.", true, "Reviewer"),
        F("items", FieldType.StringList, "Venues, journals or committees.", false, "[International Conference on Machine Learning (ICML)]"),
        F("years", FieldType.StringList, "Years served, for a role held in scattered years (a programme committee).", false, "[2019, 2021, 2022]"),
        F("start", FieldType.Date, "Start.", false, "2020"),
        F("end", FieldType.EndDate, "End or 'present'.", false, "present"),
        F("description", FieldType.String, "A line of description.", false, "Workshop on Theory of Deep Learning, ICML 2024"),
    ]);

    public static readonly string[] GrantStatuses = ["awarded", "submitted", "pending"];

    public static readonly ObjectSpec Grant = new("grant", "A research grant or other funding.",
    [
        F("title", FieldType.String, "Title of the project.", true, "Geometry of Learning in Overparameterised Models"),
        F("funder", FieldType.String, "Funding body.", true, "European Research Council"),
        F("programme", FieldType.String, "Programme or scheme.", false, "ERC Advanced Grant"),
        F("number", FieldType.String, "Grant number.", false, "101054321"),
        F("amount", FieldType.String, "Amount with its currency, printed exactly as written.", false, "€2.5M"),
        F("role", FieldType.String, "Your role, as written (PI, co-PI, co-investigator, partner investigator).", false, "PI"),
        F("investigators", FieldType.StringList, "Everyone named on the grant, in order (you are printed in bold).", false, "[Ada Lovelace, Charles Babbage]"),
        F("start", FieldType.Date, "Start.", true, "2022"),
        F("end", FieldType.EndDate, "End or 'present'.", false, "2027"),
        E("status", "Awarded (default), submitted or pending.", GrantStatuses) with { PrintedAs = "nothing for an awarded grant; '(submitted)' or '(pending)' after the title" },
        F("url", FieldType.Url, "Link.", false, "https://cordis.europa.eu/project/id/101054321"),
        F("note", FieldType.String, "Any other note.", false, "Shared with two partner sites"),
    ]);

    public static readonly string[] SupervisionLevels = ["phd", "master", "bachelor", "postdoc", "intern", "visiting", "other"];
    public static readonly string[] SupervisionRoles = ["main_supervisor", "co_supervisor", "committee_member", "mentor"];

    public static readonly ObjectSpec Supervision = new("supervision", "A student, postdoc or visitor you supervised or mentored.",
    [
        F("name", FieldType.String, "The person.", true, "Grace Hopper"),
        E("level", "Their stage: phd, master, bachelor, postdoc, intern, visiting or other.", SupervisionLevels, true) with { PrintedAs = "the group heading the person is listed under (PhD Students, Master's Students, ...)" },
        E("role", "Your part: main supervisor (default), co-supervisor, committee member or mentor.", SupervisionRoles) with { PrintedAs = "nothing for the main supervisor; 'co-supervisor', 'committee member' or 'mentor' after the level" },
        F("start", FieldType.Date, "Start.", true, "2019"),
        F("end", FieldType.EndDate, "End or 'present'.", false, "2023"),
        F("title", FieldType.String, "Thesis or project title.", false, "Verified Compilers for Analytical Engines"),
        F("co_supervisors", FieldType.StringList, "The other supervisors.", false, "[Charles Babbage]"),
        F("institution", FieldType.String, "Where they studied, when not your own institution.", false, "University of Cambridge"),
        E("status", "Current or completed; derived from the end date when absent ('present' or no end is current).", ["completed", "current"]) with { PrintedAs = "'(current)' after a current person's level" },
        F("next", FieldType.String, "Where they went next.", false, "Assistant Professor, ETH Zürich"),
    ]);

    public static readonly ObjectSpec Membership = new("membership", "Membership of a learned society or professional body.",
    [
        F("organization", FieldType.String, "The society or body.", true, "Royal Society"),
        F("role", FieldType.String, "Grade or office, as written.", false, "Fellow"),
        F("start", FieldType.Date, "Since when; without an end the membership continues ('2015–present').", false, "2015"),
        F("end", FieldType.EndDate, "Until when; alone, printed 'until <end>'.", false, "2020"),
        F("url", FieldType.Url, "Link.", false, "https://royalsociety.org"),
        F("note", FieldType.String, "Any other note.", false, "elected 2015"),
    ]);

    public static readonly string[] LanguageLevels = ["native", "fluent", "C2", "C1", "B2", "B1", "A2", "A1", "reading"];

    public static readonly ObjectSpec Language = new("language", "A language you speak or read.",
    [
        F("language", FieldType.String, "The language.", true, "German"),
        E("level", "native, fluent, a level of the Common European Framework of Reference (A1 to C2) or reading (reading knowledge).", LanguageLevels) with { PrintedAs = "'native', 'fluent', 'C1 (CEFR)' or 'reading knowledge' after the language" },
        F("note", FieldType.String, "Anything the level does not say.", false, "Goethe-Zertifikat C1"),
    ]);

    public static readonly ObjectSpec SkillGroup = new("skill_group", "Skills of one kind.",
    [
        F("category", FieldType.String, "What kind of skills.", true, "Programming"),
        F("items", FieldType.StringList, "The skills, in order.", true, "[Python, R, Julia]"),
    ]);

    public static readonly ObjectSpec MediaItem = new("media_item", "Coverage of your work in the press, broadcast or online.",
    [
        F("outlet", FieldType.String, "Newspaper, programme or site.", true, "The Guardian"),
        F("title", FieldType.String, "Headline or programme title.", false, "The mathematics of weather"),
        F("date", FieldType.Date, "Date of publication or broadcast.", true, "2024-03-07"),
        F("url", FieldType.Url, "Link.", false, "https://www.theguardian.com/science"),
        F("note", FieldType.String, "Any other note (interview, op-ed).", false, "interview"),
    ]);

    public static readonly ObjectSpec CustomEntry = new("custom_entry", "An entry of a custom section.",
    [
        F("start", FieldType.Date, "Start or single date.", false, "2022"),
        F("end", FieldType.EndDate, "End or 'present'.", false, "2023"),
        F("title", FieldType.String, "Bold first part.", false, "Python, C#"),
        F("text", FieldType.String, "Text.", false, "Languages I program in."),
        F("url", FieldType.Url, "Link.", false, "https://example.org"),
    ]);

    public static readonly ObjectSpec CustomSection = new("custom_section", "A section of your own.",
    [
        F("id", FieldType.String, "Name used in settings.section_order.", true, "skills") with { NotPrinted = "it names the section in settings.section_order; the heading is printed" },
        F("heading", FieldType.String, "Heading.", true, "Skills"),
        List("entries", CustomEntry, "Entries."),
    ]);

    public static readonly ObjectSpec PublicationGroup = new("publication_group", "A group within Publications.",
    [
        F("heading", FieldType.String, "Heading.", true, "Conference Proceedings"),
        new("kinds", FieldType.EnumList, "Publication kinds in the group; none named: any kind.", false, "[conference]") { Values = PublicationKinds },
        F("tags", FieldType.StringList, "Tags the group gathers (a paper needs one of them, compared ignoring case); none named: any tags. A paper is listed in the first group that takes it, so a last group with neither kinds nor tags gathers the rest.", false, "[Physics]"),
        F("by_year", FieldType.Boolean, "Subheadings by year inside the group, newest first (undated work before them).", false, "true"),
    ]);

    public static readonly ObjectSpec EqualContributionGroup = new("equal_contribution_group", "The mark and legend of one equal-contribution group (the first for co-first authors, the second for co-last authors, ...).",
    [
        F("mark", FieldType.String, "Printed after each name of the group.", true, "#"),
        F("legend", FieldType.String, "Legend line above the publications; default: '<mark> denotes equal contribution'.", false, "# These authors jointly supervised this work"),
    ]);

    public static readonly ObjectSpec TalkSection = new("talk_section", "A section of talks of some kinds, beside the Talks section.",
    [
        F("id", FieldType.String, "Name used in settings.section_order and settings.headings.", true, "conference_talks"),
        F("heading", FieldType.String, "Heading.", true, "Conference Presentations"),
        new("kinds", FieldType.EnumList, "Talk kinds listed here instead of under Talks.", true, "[contributed, poster]") { Values = TalkKinds },
    ]);

    public static readonly ObjectSpec Design = new("design", "Typography and page.",
    [
        F("theme", FieldType.String, "PDF theme: classic, modern, compact, sidebar or banded, or the path (relative to the CV) of a theme YAML file; see docs/themes.md.", false, "modern"),
        E("page_size", "Paper.", ["a4", "letter"]),
        new("margin_mm", FieldType.Number, "Page margins in millimetres.", false, "20") { Min = 5, Max = 50 },
        new("font_size", FieldType.Number, "Base font size in points.", false, "10") { Min = 6, Max = 16 },
        F("accent_color", FieldType.Color, "Accent colour #RRGGBB.", false, "#1F4E79"),
        F("body_font", FieldType.String, "Font family (from fonts/) for body text.", false, "Noto Serif"),
        F("heading_font", FieldType.String, "Font family for headings.", false, "Noto Sans"),
    ]);

    public static readonly ObjectSpec Typography = new("typography", "How text is set, in every output.",
    [
        F("smart_punctuation", FieldType.Boolean, "Straight quotes and apostrophes become the typographic ones of the CV's language (dean's -> dean’s, \"x\" -> “x”, „x“ in German, « x » in French), -- an en dash and --- an em dash; never inside web addresses, DOIs, e-mail addresses, `code` or BibTeX output (default: true).", false, "false"),
    ]);

    public static readonly ObjectSpec Settings = new("settings", "Document settings.",
    [
        F("section_order", FieldType.StringList, "Section ids in order: interests, academic_positions, education, industry_positions, awards, grants, publications, patents, talks, supervision, teaching, service, memberships, media, skills, languages, and custom section ids.", false, "[education, publications]"),
        F("headings", FieldType.StringMap, "Heading per section id.", false, "{talks: Selected Talks}"),
        List("publication_groups", PublicationGroup, "Groups within Publications, in order."),
        List("talk_sections", TalkSection, "Sections of their own for some talk kinds (e.g. contributed talks and posters apart from invited talks); under the default order each follows Talks."),
        E("numbering", "Publication numbering: forward (1 = first listed), reverse (newest = highest) or none.", ["forward", "reverse", "none"]),
        F("equal_contribution_legend", FieldType.String, "Legend printed once above the publications.", false, "* denotes equal contribution"),
        List("equal_contribution_groups", EqualContributionGroup, "Marks and legends of equal-contribution groups 1, 2, ... (authors' equal: true is group 1, equal_group: 2 the second); replaces equal_contribution_legend for group 1."),
        F("corresponding_mark", FieldType.String, "Mark after the corresponding author (default '✉').", false, "†"),
        F("corresponding_legend", FieldType.String, "Legend of the corresponding-author mark (default '✉ corresponding author').", false, "† Corresponding author"),
        new("max_authors", FieldType.Integer, "Authors printed per publication before 'et al.'; you are always kept (default: all).", false, "10") { Min = 1, Max = 10000 },
        F("locale", FieldType.String, "Language of the words cvbuild prints (headings, months, 'present', 'page X of Y'): a built-in tag (en, de, es, fr, he, it, ja, nl, pl, pt, zh) or the path of your own locale file, relative to the CV (a copy of en.yaml, translated).", false, "fr"),
        Obj("design", Design, "Typography and page."),
        Obj("typography", Typography, "How text is set, in every output."),
    ]);

    /// <summary>What a CV may change about one entry of a .bib file it reads (publications_from).</summary>
    public static readonly ObjectSpec PublicationOverride = new("publication_override", "Changes to one .bib entry read through publications_from.",
    [
        F("key", FieldType.String, "The entry's BibTeX key (compared ignoring case, as BibTeX does).", true, "razin2021implicit"),
        F("exclude", FieldType.Boolean, "Leave this entry out of the CV.", false, "true"),
        F("selected", FieldType.Boolean, "Include in the short CV (--only-selected).", false, "true"),
        E("kind", "Kind, which decides the publication's group (settings.publication_groups).", PublicationKinds),
        F("awards", FieldType.StringList, "Award notes (replace the entry's).", false, "[Best paper award]"),
        F("equal_contribution", FieldType.StringList, "Authors who contributed equally, by name as the .bib spells them (decoded).", false, "[Noam Razin, Asaf Maman]"),
        F("status", FieldType.String, "Status such as 'to appear'.", false, "to appear"),
        F("note", FieldType.String, "Note (replaces the entry's).", false, "Oral presentation"),
        F("tags", FieldType.StringList, "Tags (replace the entry's).", false, "[cs.LG]"),
    ]);

    public static readonly ObjectSpec Root = new("cv", "A CV.",
    [
        Obj("person", Person, "Who the CV is about.", true),
        F("last_updated", FieldType.Date, "Printed as 'Last updated'; never taken from the clock.", false, "2025-11-20"),
        Obj("settings", Settings, "Document settings.") with { NotPrinted = "settings shape the outputs (order, headings, groups, numbering, design); headings and group headings are printed as given" },
        List("positions", Position, "Academic and industry positions, newest first."),
        List("education", Education, "Degrees, newest first."),
        List("awards", Award, "Awards and honours, newest first."),
        List("publications", Publication, "Publications in the order the CV lists them."),
        List("patents", Patent, "Patents."),
        List("talks", Talk, "Invited talks, newest first."),
        List("grants", Grant, "Grants and funding, newest first."),
        List("supervision", Supervision, "People you supervised or mentored, newest first."),
        List("teaching", Teaching, "Teaching."),
        List("service", Service, "Academic service."),
        List("memberships", Membership, "Learned societies and professional bodies."),
        List("media", MediaItem, "Media coverage, newest first."),
        List("skills", SkillGroup, "Skills by category."),
        List("languages", Language, "Languages and how well you know them."),
        List("custom_sections", CustomSection, "Sections of your own."),
        F("include", FieldType.StringList, "YAML files whose top-level fields join this file's: lists are appended, anything else may be given once. Paths are relative to the including file; included files may include others (no cycles).", false, "[sections/publications.yaml]")
            with { IsSourceDirective = true, NotPrinted = "it names files; their content is printed" },
        F("publications_from", FieldType.StringList, "BibTeX files read at every build; their entries are appended to 'publications' (and @patent entries to 'patents'). Paths are relative to the file that names them.", false, "[papers.bib]")
            with { IsSourceDirective = true, NotPrinted = "it names files; the publications read from them are printed" },
        List("publication_overrides", PublicationOverride, "Changes to entries read through publications_from, keyed by BibTeX key.")
            with { IsSourceDirective = true, NotPrinted = "it changes publications read from .bib files; those are printed" },
    ]);
}

using CvBuild.Core.Model;
using CvBuild.Core.Schema;

namespace CvBuild.Core.Reading;

// The person, the periods of roles held more than once, and the sections beside the research record:
// memberships, languages, skills and media coverage.
internal sealed partial class CvMapper
{
    private Person? Person(YamlNode? node)
    {
        var r = ctx.Object(node, FormatSpec.Person);
        if (r is null) return null;
        var profiles = List(r, "profiles", p =>
            p.String("network") is { } n && p.Url("url") is { } u ? new Profile(n, u, p.String("label")) : null);
        var person = new Person
        {
            Name = r.String("name") ?? "",
            Fields = r.Sources(),
            NativeName = r.String("native_name"),
            Honorifics = r.String("honorifics"),
            PostNominals = r.String("post_nominals"),
            Orcid = r.Orcid("orcid"),
            Aliases = r.StringList("aliases"),
            Title = r.String("title"),
            Affiliation = r.String("affiliation"),
            Email = r.Email("email"),
            Homepage = r.Url("homepage"),
            Phone = r.String("phone"),
            Location = r.String("location"),
            Profiles = profiles,
            ResearchInterests = r.StringList("research_interests"),
        };
        return r.Missing ? null : person;
    }

    /// <summary>
    /// Every period of an entry in time order: its own start/end (if any) and those listed under 'periods'. Empty,
    /// with an error, when the entry gives none; a period's problems are reported where they are.
    /// </summary>
    private List<Period> Periods(FieldReader r)
    {
        var periods = new List<Period>();
        var given = r.Node("start") is not null || r.Node("end") is not null;
        if (given && OnePeriod(r) is { } own) periods.Add(own);
        if (r.Node("periods") is { } list)
        {
            given = true;
            periods.AddRange(List(r, "periods", p =>
            {
                if (p.Node("start") is null && p.Node("end") is null)
                    ctx.Diagnostics.Error(p.Span, "a period needs a 'start', an 'end' or both");
                return OnePeriod(p);
            }));
            if (list is YamlSequence { Items.Count: 0 }) ctx.Diagnostics.Error(list.Span, "'periods' must list at least one period");
        }
        if (!given) ctx.Diagnostics.Error(r.Span, $"{r.Spec.Name} needs a 'start', an 'end' or 'periods'");
        return [.. periods.OrderBy(p => p.Start)];
    }

    /// <summary>start/end; an end alone is a period known only by its end ("until 2004").</summary>
    private Period? OnePeriod(FieldReader r)
    {
        if (r.Node("start") is not null) return r.Period();
        if (r.Node("end") is not { } end) return null;
        if (ctx.IsPresent(end))
        {
            ctx.Diagnostics.Error(end.Span, "'end: present' needs a 'start': since when?");
            return null;
        }
        return r.Date("end") is { } e ? Model.Period.Until(e) : null;
    }

    public static TeachingLevel? ParseTeachingLevel(string? level) => level switch
    {
        "undergraduate" => TeachingLevel.Undergraduate,
        "graduate" => TeachingLevel.Graduate,
        "doctoral" => TeachingLevel.Doctoral,
        "professional" => TeachingLevel.Professional,
        _ => null,
    };

    private static Membership? Membership(FieldReader r)
    {
        var organization = r.String("organization");
        var membership = new Membership
        {
            Organization = organization ?? "", Role = r.String("role"), Period = r.Period(), Url = r.Url("url"),
            Note = r.String("note"), Source = r.Span,
        };
        // A membership runs until it ends: a start alone is "2015–present", an end alone "until 2004".
        if (membership.Period is { End: null, Ongoing: false } since && r.Node("end") is null)
            membership = membership with { Period = since with { Ongoing = true } };
        if (r.Node("start") is null && r.Node("end") is not null)
            membership = membership with { Period = r.Date("end") is { } e ? Model.Period.Until(e) : null };
        return organization is null ? null : membership;
    }

    private static Language? Language(FieldReader r)
    {
        var name = r.String("language");
        var language = new Language
        {
            Name = name ?? "",
            Level = r.Enum("level") switch
            {
                "native" => LanguageLevel.Native,
                "fluent" => LanguageLevel.Fluent,
                "C2" => LanguageLevel.C2,
                "C1" => LanguageLevel.C1,
                "B2" => LanguageLevel.B2,
                "B1" => LanguageLevel.B1,
                "A2" => LanguageLevel.A2,
                "A1" => LanguageLevel.A1,
                "reading" => LanguageLevel.Reading,
                _ => null,
            },
            Note = r.String("note"),
            Source = r.Span,
        };
        return name is null ? null : language;
    }

    private SkillGroup? SkillGroup(FieldReader r)
    {
        var category = r.String("category");
        var items = r.StringList("items");
        if (r.Node("items") is YamlSequence { Items.Count: 0 } empty)
            ctx.Diagnostics.Error(empty.Span, "'items' must list at least one skill");
        return category is null || items.Count == 0 ? null : new SkillGroup { Category = category, Items = items, Source = r.Span };
    }

    private static MediaItem? MediaItem(FieldReader r)
    {
        var outlet = r.String("outlet");
        var date = r.Date("date");
        var item = new MediaItem
        {
            Outlet = outlet ?? "", Title = r.String("title"), Date = date ?? default, Url = r.Url("url"), Note = r.String("note"), Source = r.Span,
        };
        return outlet is null || date is null ? null : item;
    }
}

using CvBuild.Core.Model;
using CvBuild.Presentation.Document;

namespace CvBuild.Presentation.Building;

// Grants and supervision: worded here once for every output.
public sealed partial class DocumentBuilder
{
    /// <summary>
    /// "Title (pending)"; "Funder, Programme, grant no. N, €1.5M"; "Role: PI"; the investigators with the owner
    /// strong; the note. The amount is printed as written: currencies and magnitudes are the CV's words.
    /// </summary>
    private Entry Grant(Grant g)
    {
        var url = g.Url is { } u ? WebAddress.Encode(u) : null;
        var first = new List<Span> { new(g.Title, SpanKind.Title) { Url = url } };
        if (g.Status != GrantStatus.Awarded)
            first.Add(Text(" " + _s[g.Status == GrantStatus.Submitted ? "grant.submitted" : "grant.pending"]) with { NoBreak = true });
        var lines = new List<Line> { new(first) };
        var funding = new List<Span> { new(g.Funder, SpanKind.Venue) };
        foreach (var part in new[] { g.Programme, g.Number is { } n ? _s.Format("grant.number", n) : null, g.Amount })
            if (part is not null) funding.AddRange([Comma, Text(part)]);
        lines.Add(new Line(funding));
        if (g.Role is { } role) lines.Add(Line.Of(new Span(_s["grant.role"], SpanKind.Label), Text(" " + role)));
        if (g.Investigators.Count > 0) lines.Add(_lines.Authors([.. g.Investigators.Select(i => new Author(i))], null));
        if (g.Note is { } note) lines.Add(Line.Of(new Span(note, SpanKind.Note)));
        return Dated(g.Period, lines);
    }

    private static readonly (ServiceKind Kind, string Id)[] ServiceOrder =
    [
        (ServiceKind.EditorialBoard, "editorial_board"), (ServiceKind.ProgramCommittee, "program_committee"),
        (ServiceKind.Reviewing, "reviewing"), (ServiceKind.Organizing, "organizing"), (ServiceKind.Other, "other"),
    ];

    /// <summary>
    /// Service in sub-groups by kind (editorial boards first), each in the CV's order; a role without a kind is in
    /// "Other". A CV that gives no kinds keeps one plain list, as before kinds existed.
    /// </summary>
    private List<Block> ServiceGroups()
    {
        if (_cv.Service.All(s => s.Kind is null)) return [.. _cv.Service.Select(Service)];
        var blocks = new List<Block>();
        foreach (var (kind, id) in ServiceOrder)
        {
            var roles = _cv.Service.Where(s => (s.Kind ?? ServiceKind.Other) == kind).ToList();
            if (roles.Count == 0) continue;
            blocks.Add(new Subheading(_s["service.kind." + id], SubheadingKind.Group));
            blocks.AddRange(roles.Select(Service));
        }
        return blocks;
    }

    private static readonly SupervisionLevel[] LevelOrder =
    [
        SupervisionLevel.PhD, SupervisionLevel.Postdoc, SupervisionLevel.Master, SupervisionLevel.Bachelor,
        SupervisionLevel.Intern, SupervisionLevel.Visiting, SupervisionLevel.Other,
    ];

    /// <summary>People grouped by level (PhD students first), each group in the CV's order.</summary>
    private List<Block> Supervision()
    {
        var blocks = new List<Block>();
        foreach (var level in LevelOrder)
        {
            var people = _cv.Supervision.Where(s => s.Level == level).ToList();
            if (people.Count == 0) continue;
            blocks.Add(new Subheading(_s["supervision.level." + LevelId(level)], SubheadingKind.Group));
            blocks.AddRange(people.Select(Supervised));
        }
        return blocks;
    }

    private static string LevelId(SupervisionLevel level) => level switch
    {
        SupervisionLevel.PhD => "phd",
        SupervisionLevel.Postdoc => "postdoc",
        SupervisionLevel.Master => "master",
        SupervisionLevel.Bachelor => "bachelor",
        SupervisionLevel.Intern => "intern",
        SupervisionLevel.Visiting => "visiting",
        _ => "other",
    };

    /// <summary>"Name, Institution (co-supervisor) (current)"; the thesis title; "With …"; "Next: …".</summary>
    private Entry Supervised(Supervision s)
    {
        var first = new List<Span> { new(s.Name, SpanKind.Title) };
        if (s.Institution is { } inst) first.AddRange([Comma, new Span(inst, SpanKind.Venue)]);
        if (s.Role != SupervisionRole.MainSupervisor)
        {
            var role = s.Role switch
            {
                SupervisionRole.CoSupervisor => "supervision.role.co_supervisor",
                SupervisionRole.CommitteeMember => "supervision.role.committee_member",
                _ => "supervision.role.mentor",
            };
            first.Add(Text(" (" + _s[role] + ")"));
        }
        if (!s.Completed) first.Add(Text(" " + _s["supervision.current"]) with { NoBreak = true });
        var lines = new List<Line> { new(first) };
        if (s.Title is { } title) lines.Add(Line.Of(new Span(title, SpanKind.Emphasis)));
        if (s.CoSupervisors.Count > 0)
            lines.Add(Line.Of(new Span(_s["supervision.co_supervisors"], SpanKind.Label), Text(" " + string.Join(", ", s.CoSupervisors))));
        if (s.Next is { } next) lines.Add(Line.Of(new Span(_s["supervision.next"], SpanKind.Label), Text(" " + next)));
        return Dated(s.Period, lines);
    }
}

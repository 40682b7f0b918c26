using CvBuild.Core.Model;

namespace CvBuild.Core.Reading;

// Talk kinds and the sections that gather some of them.
internal sealed partial class CvMapper
{
    public static TalkKind? ParseTalkKind(string? kind) => kind switch
    {
        "keynote" => TalkKind.Keynote,
        "plenary" => TalkKind.Plenary,
        "invited" => TalkKind.Invited,
        "contributed" => TalkKind.Contributed,
        "poster" => TalkKind.Poster,
        "panel" => TalkKind.Panel,
        "seminar" => TalkKind.Seminar,
        "lecture_series" => TalkKind.LectureSeries,
        _ => null,
    };

    /// <summary>A talk section; a kind listed by two sections would put one talk in both, so it is an error.</summary>
    private TalkSection? TalkSection(FieldReader r)
    {
        var id = r.String("id");
        var heading = r.String("heading");
        var kinds = new List<TalkKind>();
        foreach (var (name, k) in r.EnumItems("kinds"))
            if (ParseTalkKind(name) is { } kind)
            {
                if (!_talkKindsTaken.Add(kind)) ctx.Diagnostics.Error(k.Span, $"talk kind '{name}' is already listed by another talk section");
                else kinds.Add(kind);
            }
        if (id is not null && SectionIds.DefaultOrder.Contains(id))
        {
            ctx.Diagnostics.Error(r.Node("id")!.Span, $"talk section id '{id}' is already the id of a built-in section");
            return null;
        }
        return id is null || heading is null ? null : new TalkSection(id, heading, kinds);
    }

    private readonly HashSet<TalkKind> _talkKindsTaken = [];
}

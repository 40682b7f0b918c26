using CvBuild.Core.Model;

namespace CvBuild.Core.Reading;

// Grants and supervision: the records a senior academic keeps beside the publications.
internal sealed partial class CvMapper
{
    private static Grant? Grant(FieldReader r)
    {
        var title = r.String("title");
        var funder = r.String("funder");
        var period = r.Period();
        var grant = new Grant
        {
            Title = title ?? "", Funder = funder ?? "", Programme = r.String("programme"), Number = r.String("number"),
            Amount = r.String("amount"), Role = r.String("role"), Investigators = r.StringList("investigators"),
            Period = period!, Url = r.Url("url"), Note = r.String("note"), Source = r.Span,
            Status = r.Enum("status") switch { "submitted" => GrantStatus.Submitted, "pending" => GrantStatus.Pending, _ => GrantStatus.Awarded },
        };
        return title is null || funder is null || period is null ? null : grant;
    }

    private static Supervision? Supervision(FieldReader r)
    {
        var name = r.String("name");
        var level = r.Enum("level");
        var period = r.Period();
        var status = r.Enum("status");
        var supervision = new Supervision
        {
            Name = name ?? "",
            Level = level switch
            {
                "phd" => SupervisionLevel.PhD,
                "master" => SupervisionLevel.Master,
                "bachelor" => SupervisionLevel.Bachelor,
                "postdoc" => SupervisionLevel.Postdoc,
                "intern" => SupervisionLevel.Intern,
                "visiting" => SupervisionLevel.Visiting,
                _ => SupervisionLevel.Other,
            },
            Role = r.Enum("role") switch
            {
                "co_supervisor" => SupervisionRole.CoSupervisor,
                "committee_member" => SupervisionRole.CommitteeMember,
                "mentor" => SupervisionRole.Mentor,
                _ => SupervisionRole.MainSupervisor,
            },
            Period = period!,
            Title = r.String("title"),
            CoSupervisors = r.StringList("co_supervisors"),
            Institution = r.String("institution"),
            // Without a status, an ongoing or open-ended period is current and a closed one completed.
            Completed = status is not null ? status == "completed" : period is { Ongoing: false, End: not null },
            Next = r.String("next"),
            Source = r.Span,
        };
        return name is null || level is null || period is null ? null : supervision;
    }
}

using GraphQL.Types;
using Participation.Core.GraphQL;

namespace Participation.Committees.GraphQL;

/// <summary><c>Committee { id name seats residentSeats recruitment }</c> and members who consented to be named.</summary>
public sealed class CommitteeType : ObjectGraphType<CommitteeGraph>
{
    public CommitteeType()
    {
        Name = "Committee";
        Description = "A council or committee (審議会・委員会) with seats for residents.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The {id} of /committees/{id}.").Resolve(c => GraphIds.Of(c.Source.Committee.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Committee.Name);
        Field<NonNullGraphType<StringGraphType>>("purpose").Resolve(c => c.Source.Committee.Purpose);
        Field<NonNullGraphType<StringGraphType>>("department").Resolve(c => c.Source.Committee.Department);
        Field<NonNullGraphType<IntGraphType>>("seats").Description("All seats.").Resolve(c => c.Source.Committee.TotalSeats);
        Field<NonNullGraphType<IntGraphType>>("residentSeats").Description("Seats for residents chosen by public call (公募).").Resolve(c => c.Source.Committee.ResidentSeats);
        Field<NonNullGraphType<StringGraphType>>("term").Resolve(c => c.Source.Committee.Term);
        Field<NonNullGraphType<StringGraphType>>("meetingSchedule").Resolve(c => c.Source.Committee.MeetingSchedule);
        Field<RecruitmentType>("recruitment").Description("The open call, or else the latest one.").Resolve(c => c.Source.Recruitment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("members")
            .Description("Names of members who consented to publication; the others are not listed.")
            .Resolve(c => c.Source.Members);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => $"/committees/{c.Source.Committee.Id}");
    }
}

/// <summary><c>Recruitment { opensAt closesAt status applicantCount }</c>: status is UPCOMING, OPEN or CLOSED.</summary>
public sealed class RecruitmentType : ObjectGraphType<RecruitmentGraph>
{
    public RecruitmentType()
    {
        Name = "Recruitment";
        Description = "A call for resident members (公募).";
        Field(r => r.OpensAt);
        Field(r => r.ClosesAt);
        Field(r => r.Status).Description("UPCOMING, OPEN or CLOSED.");
        Field(r => r.ApplicantCount).Description("Applications received (a count only).");
    }
}

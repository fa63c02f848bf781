namespace Participation.Committees.Models;

/// <summary>A call for resident members (公募): period, eligibility rules and the essay.</summary>
public sealed class Recruitment
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public DateTime OpensAtUtc { get; set; }
    public DateTime ClosesAtUtc { get; set; }
    public int MinAge { get; set; } = 18;
    /// <summary>Must live, work or study in the city.</summary>
    public bool RequireCityLink { get; set; } = true;
    /// <summary>How many other committee seats an applicant may already hold.</summary>
    public int MaxOtherSeats { get; set; } = 2;
    public bool ExcludeStaffAndCouncillors { get; set; } = true;
    public string EssayTheme { get; set; } = "";
    public int EssayMinChars { get; set; } = 800;
    public int EssayMaxChars { get; set; } = 1600;

    public bool IsOpen(DateTime nowUtc) => OpensAtUtc <= nowUtc && nowUtc < ClosesAtUtc;
}

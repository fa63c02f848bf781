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
    /// <summary>Profile fields the form asks for (and quotas may use), comma-separated: Gender,AgeBand,Ward,Occupation.</summary>
    public string ProfileFields { get; set; } = "Gender,AgeBand,Ward,Occupation";
    /// <summary>Review rubric: one criterion per line, each scored 1–5 by every reviewer.</summary>
    public string Rubric { get; set; } = "テーマの理解\n具体性\n地域への視点";

    public IReadOnlyList<string> Fields() => ProfileFields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    public IReadOnlyList<string> Criteria() => Rubric.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsOpen(DateTime nowUtc) => OpensAtUtc <= nowUtc && nowUtc < ClosesAtUtc;
}

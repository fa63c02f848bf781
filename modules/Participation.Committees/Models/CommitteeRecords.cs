namespace Participation.Committees.Models;

/// <summary>A sitting member; the name is public only with consent (resident members) or as an office holder.</summary>
public sealed class CommitteeMember
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>e.g. 公募委員, 学識経験者.</summary>
    public string Role { get; set; } = "";
    public bool ConsentToPublish { get; set; }
    public int? ApplicationId { get; set; }
    /// <summary>First and last day of this member's term (委嘱期間), when the secretariat records them.</summary>
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
    /// <summary>Optimistic concurrency: the edit form carries it back, and a save from an older form is refused.</summary>
    public int Version { get; set; }
}

/// <summary>A secretariat user assigned to a committee: they see its recruitments, applications and selections.</summary>
public sealed class CommitteeSecretariat
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public string UserId { get; set; } = "";
    public string Label { get; set; } = "";
}

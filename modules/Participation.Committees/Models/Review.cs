namespace Participation.Committees.Models;

/// <summary>A reviewer assigned (by the secretariat) to read a recruitment's essays blind.</summary>
public sealed class ReviewerAssignment
{
    public int Id { get; set; }
    public int RecruitmentId { get; set; }
    public string ReviewerUserId { get; set; } = "";
    /// <summary>Shown to the secretariat only (the reviewer's staff display name).</summary>
    public string ReviewerLabel { get; set; } = "";
}

/// <summary>One reviewer's rubric scores for one application, or a declared conflict of interest.</summary>
public sealed class Review
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public string ReviewerUserId { get; set; } = "";
    /// <summary>Scores 1–5 in rubric order, comma-separated.</summary>
    public string Scores { get; set; } = "";
    public double Total { get; set; }
    /// <summary>The reviewer knows the applicant or has an interest: the review is excluded from the aggregate.</summary>
    public bool ConflictOfInterest { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
}

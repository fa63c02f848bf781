namespace Participation.Consultations.Models;

/// <summary>One opinion, tied to a section anchor of the draft or to "general".</summary>
public class Opinion
{
    public const string General = "general";

    public int Id { get; set; }
    public int SubmissionId { get; set; }
    public Submission Submission { get; set; } = null!;
    public int RoundId { get; set; }
    public string Section { get; set; } = General;
    public required string Text { get; set; }
    /// <summary>Text as published: masked automatically, then reviewed by staff.</summary>
    public string? PublishedText { get; set; }
    public int? GroupId { get; set; }
    public bool Withheld { get; set; }
    public string? WithheldReason { get; set; }
    public int Order { get; set; }
    /// <summary>Staff accepted or edited <see cref="PublishedText"/> (redaction review, issue #14).</summary>
    public bool RedactionReviewed { get; set; }
    /// <summary>Optimistic concurrency token: two staff editing the same opinion never overwrite each other.</summary>
    public int Version { get; set; }
}

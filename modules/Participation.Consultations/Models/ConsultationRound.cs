namespace Participation.Consultations.Models;

/// <summary>A public-comment round (意見募集) on one draft.</summary>
public class ConsultationRound
{
    public int Id { get; set; }
    public required string Title { get; set; }
    /// <summary>Null = city-wide.</summary>
    public int? WardId { get; set; }
    public required string Department { get; set; }
    public int DraftId { get; set; }
    /// <summary>Purpose-of-use notice for personal data (個人情報保護法 arts. 61/62).</summary>
    public required string PurposeNotice { get; set; }
    public DateTime OpensAt { get; set; }
    public DateTime ClosesAt { get; set; }
    public RoundStatus Status { get; set; }
    /// <summary>Why the period is shorter than the minimum; required then.</summary>
    public string? ShortPeriodReason { get; set; }
    /// <summary>Comma-separated <see cref="SubmitterCategory"/> names; empty = all.</summary>
    public string AcceptedCategories { get; set; } = "";
    /// <summary>Comma-separated <see cref="Channel"/> names; empty = all.</summary>
    public string AcceptedChannels { get; set; } = "";
    public bool RequireName { get; set; } = true;
    public bool RequireContact { get; set; }
    public bool RequireAddress { get; set; }
    /// <summary>Where paper, FAX and counter submissions go (提出先).</summary>
    public string? SubmitTo { get; set; }
    /// <summary>The final decision and what changed, shown with the results.</summary>
    public string? ResultSummary { get; set; }
    /// <summary>The draft version that went into force after the round.</summary>
    public int? FinalDraftVersion { get; set; }
    public DateTime? ResultsPublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Staff member who set the round up; the results reminder goes to them too.</summary>
    public string? CreatedBy { get; set; }
    /// <summary>When the "results are due" reminder went out, so it goes once.</summary>
    public DateTime? ResultsReminderSentAt { get; set; }

    public bool Accepts(SubmitterCategory c) => AcceptedCategories.Length == 0 || AcceptedCategories.Split(',').Contains(c.ToString());
    public bool Accepts(Channel c) => AcceptedChannels.Length == 0 || AcceptedChannels.Split(',').Contains(c.ToString());
}

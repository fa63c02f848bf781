namespace Participation.Committees.Models;

public enum ApplicationStatus { Received, UnderReview, Decided }

public enum ApplicationSource { Web, Invitation }

public enum SelectionOutcome { None, Selected, Reserve, NotSelected, Withdrawn }

/// <summary>An application: profile for the stratified lottery and the essay. Name and contact live in <see cref="ApplicantContact"/>.</summary>
public sealed class Application
{
    public int Id { get; set; }
    public int RecruitmentId { get; set; }
    public string ReceiptNumber { get; set; } = "";
    public string? UserId { get; set; }
    public ApplicationStatus Status { get; set; }
    /// <summary>Web form, or imported from a random-invitation reply sheet.</summary>
    public ApplicationSource Source { get; set; }
    /// <summary>Household key for the one-per-household rule (imported pools); empty when unknown.</summary>
    public string Household { get; set; } = "";
    /// <summary>Set by the draw or ranking; shown on /me once decided.</summary>
    public SelectionOutcome Outcome { get; set; }
    /// <summary>The outcome the applicant was last told about (None until the result mails go out).</summary>
    public SelectionOutcome NotifiedOutcome { get; set; }
    /// <summary>Position on the reserve list (補欠), 1 = first called.</summary>
    public int? ReserveRank { get; set; }
    public string Gender { get; set; } = "";
    public string AgeBand { get; set; } = "";
    public string Ward { get; set; } = "";
    public string Occupation { get; set; } = "";
    public string Essay { get; set; } = "";
    public DateTime SubmittedAtUtc { get; set; }
    public ApplicantContact? Contact { get; set; }
}

/// <summary>Personal data kept apart from the essay so reviewers never see it.</summary>
public sealed class ApplicantContact
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public int Age { get; set; }
    /// <summary>"ja" or "en": the language of the result mail.</summary>
    public string Culture { get; set; } = "ja";
    /// <summary>Agreed that their name is published in the members list if selected.</summary>
    public bool ConsentToPublishName { get; set; }
}

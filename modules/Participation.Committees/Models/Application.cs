namespace Participation.Committees.Models;

public enum ApplicationStatus { Received, UnderReview, Decided }

/// <summary>An application: profile for the stratified lottery and the essay. Name and contact live in <see cref="ApplicantContact"/>.</summary>
public sealed class Application
{
    public int Id { get; set; }
    public int RecruitmentId { get; set; }
    public string ReceiptNumber { get; set; } = "";
    public string? UserId { get; set; }
    public ApplicationStatus Status { get; set; }
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
}

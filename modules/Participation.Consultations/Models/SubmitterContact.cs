namespace Participation.Consultations.Models;

/// <summary>Personal data of a submitter. Never published, never logged, never in public exports.</summary>
public class SubmitterContact
{
    public int SubmissionId { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
}

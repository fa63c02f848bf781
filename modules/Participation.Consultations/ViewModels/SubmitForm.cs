using Participation.Consultations.Services;
using Participation.Drafts.Services;

namespace Participation.Consultations.ViewModels;

/// <summary>The resident form. Three opinion slots cover most submissions without JavaScript.</summary>
public sealed class SubmitForm
{
    public const int Slots = 3;

    /// <summary>One-time token: the first POST with it creates the submission, repeats show the same receipt.</summary>
    public string? FormToken { get; set; }
    public string? Category { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public int? WardId { get; set; }
    public List<OpinionInput> Opinions { get; set; } = [];
    /// <summary>Optional file (kept for staff only), uploaded on the form page.</summary>
    public Microsoft.AspNetCore.Http.IFormFile? Attachment { get; set; }
    /// <summary>Protected reference to the file once checked and stored at the confirmation step.</summary>
    public string? AttachmentRef { get; set; }

    public SubmissionRequest ToRequest() => new()
    {
        Category = Category, Name = Name, Email = Email, Phone = Phone, Address = Address, WardId = WardId,
        Opinions = Opinions.Where(o => !string.IsNullOrWhiteSpace(o.Text)).DefaultIfEmpty(Opinions.FirstOrDefault() ?? new OpinionInput()).ToList(),
    };

    public void Pad()
    {
        while (Opinions.Count < Slots) Opinions.Add(new OpinionInput { Section = "general" });
    }
}

public sealed record SubmitPageViewModel(Models.ConsultationRound Round, DraftView? Draft, SubmitForm Form,
    IReadOnlyList<Core.Cities.Ward> Wards, int MaxLength);

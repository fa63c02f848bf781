using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Drafts.Services;

namespace Participation.Consultations.ViewModels.Staff;

/// <summary>Staff entry of a submission that came by post, FAX, phone, e-mail or at the counter.</summary>
public sealed class ProxyForm
{
    public const int Slots = 5;

    /// <summary>Channels staff enter; the web form and the API are the residents' own.</summary>
    public static readonly Models.Channel[] StaffChannels = [Models.Channel.Post, Models.Channel.Fax, Models.Channel.Phone, Models.Channel.Counter, Models.Channel.Email];

    /// <summary>One-time token, the idempotency key of the entry: a double click records one submission.</summary>
    public string? FormToken { get; set; }
    public string? Channel { get; set; }
    /// <summary>Date received (yyyy-MM-dd, Tokyo).</summary>
    public string? ReceivedOn { get; set; }
    public string? Category { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public int? WardId { get; set; }
    public List<OpinionInput> Opinions { get; set; } = [];
    /// <summary>The scanned paper or FAX original (PDF or image), optional; staff only.</summary>
    public Microsoft.AspNetCore.Http.IFormFile? Scan { get; set; }
    /// <summary>A scan already checked and stored by an earlier post of this form (protected reference), so a
    /// correction of another field does not need the file again.</summary>
    public string? ScanRef { get; set; }

    public SubmissionRequest ToRequest() => new()
    {
        Category = Category, Name = Name, Email = Email, Phone = Phone, Address = Address, WardId = WardId,
        Opinions = Opinions.Where(o => !string.IsNullOrWhiteSpace(o.Text)).DefaultIfEmpty(Opinions.FirstOrDefault() ?? new OpinionInput()).ToList(),
    };

    public void Pad()
    {
        while (Opinions.Count < Slots) Opinions.Add(new OpinionInput { Section = Opinion.General });
    }
}

public sealed record ProxyPageViewModel(ConsultationRound Round, DraftView? Draft, ProxyForm Form,
    IReadOnlyList<Core.Cities.Ward> Wards, DateOnly EarliestDay, DateOnly LatestDay, int GraceDays);

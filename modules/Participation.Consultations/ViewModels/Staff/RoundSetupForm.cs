using Participation.Consultations.Models;

namespace Participation.Consultations.ViewModels.Staff;

/// <summary>
/// What staff type to set up a round. Dates are Tokyo wall-clock text from <c>datetime-local</c>
/// inputs, kept as typed so a mistake comes back unchanged.
/// </summary>
public sealed class RoundSetupForm
{
    public string? Title { get; set; }
    /// <summary>Empty = city-wide (administrators only).</summary>
    public int? WardId { get; set; }
    public string? Department { get; set; }
    /// <summary>An existing draft to use instead of typing one (new rounds only).</summary>
    public int? ExistingDraftId { get; set; }
    public string? DraftMarkdown { get; set; }
    public string? PurposeNotice { get; set; }
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? ShortPeriodReason { get; set; }
    public List<string> Categories { get; set; } = [];
    public List<string> Channels { get; set; } = [];
    public bool RequireName { get; set; } = true;
    public bool RequireContact { get; set; }
    public bool RequireAddress { get; set; }
    public string? SubmitTo { get; set; }

    public static RoundSetupForm From(ConsultationRound r, string? markdown) => new()
    {
        Title = r.Title, WardId = r.WardId, Department = r.Department, DraftMarkdown = markdown, PurposeNotice = r.PurposeNotice,
        OpensAt = TokyoInput(r.OpensAt), ClosesAt = TokyoInput(r.ClosesAt), ShortPeriodReason = r.ShortPeriodReason,
        Categories = Split(r.AcceptedCategories, Enum.GetNames<SubmitterCategory>()),
        Channels = Split(r.AcceptedChannels, Enum.GetNames<Channel>()),
        RequireName = r.RequireName, RequireContact = r.RequireContact, RequireAddress = r.RequireAddress, SubmitTo = r.SubmitTo,
    };

    public static string TokyoInput(DateTime utc) => Core.Time.TokyoTime.ToTokyo(utc).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Split(string stored, string[] all) => stored.Length == 0 ? [.. all] : [.. stored.Split(',')];
}

public sealed record RoundSetupPage(int? RoundId, RoundStatus? Status, RoundSetupForm Form, IReadOnlyList<Core.Cities.Ward> Wards,
    bool MayChooseCityWide, IReadOnlyList<(int Id, string Title)> Drafts, int MinimumPeriodDays, bool Editable, bool Saved);

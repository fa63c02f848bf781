using Participation.Consultations.Models;
using Participation.Consultations.Services.Staff;

namespace Participation.Consultations.ViewModels.Staff;

public sealed class ReviewForm
{
    /// <summary>accept, edit, withhold or release (the button pressed).</summary>
    public string? Decision { get; set; }
    public string? PublishedText { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }
}

public sealed record StaffRedactionViewModel(ConsultationRound Round, ReviewPage Review);

public sealed record StaffRedactionItemViewModel(ConsultationRound Round, ReviewItem Item, ReviewForm Form, bool Conflict,
    string? MaskText = null, string? MaskKind = null)
{
    /// <summary>The text as it will be published (the stored one, or the automatic masks when none is stored yet).</summary>
    public string PublishedNow => Item.Opinion.PublishedText ?? string.Concat(Item.Published.Select(r => r.Text));

    public IReadOnlyList<MaskSpan> Masks => MaskAlignment.Align(Item.Opinion.Text, PublishedNow);
}

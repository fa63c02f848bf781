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

public sealed record StaffRedactionItemViewModel(ConsultationRound Round, ReviewItem Item, ReviewForm Form, bool Conflict);

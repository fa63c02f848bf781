using Participation.Consultations.Models;
using Participation.Consultations.Services.Staff;

namespace Participation.Consultations.ViewModels.Staff;

public sealed record StaffPublishViewModel(ConsultationRound Round, IReadOnlyList<MissingItem> Missing, string? Summary, int Unreviewed);

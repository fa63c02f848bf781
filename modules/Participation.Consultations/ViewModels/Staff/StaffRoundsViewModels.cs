using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;

namespace Participation.Consultations.ViewModels.Staff;

public sealed record StaffRoundsViewModel(IReadOnlyList<StaffRoundRow> Rounds)
{
    public IReadOnlyList<(RoundStatus Status, int Count)> ByStatus =>
        Enum.GetValues<RoundStatus>().Select(s => (s, Rounds.Count(r => r.Status == s))).ToList();
}

public sealed record StaffRoundViewModel(StaffRoundRow Row, RoundTotals Totals);

using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Lifecycle;

/// <summary>Background jobs (Hangfire, resolved from DI) that open and close rounds on time and remind staff.</summary>
public sealed class RoundClockJob(ParticipationDbContext db, RoundTransitions transitions)
{
    public Task OpenAsync(int roundId) => AdvanceAsync(roundId);

    public Task CloseAsync(int roundId) => AdvanceAsync(roundId);

    public async Task RemindAsync(int roundId)
    {
        if (await FindAsync(roundId) is not { } round) return;
        await transitions.AdvanceAsync(round, CancellationToken.None);
        await transitions.RemindIfDueAsync(round, CancellationToken.None);
    }

    public Task ReconcileAsync() => transitions.ReconcileAsync(CancellationToken.None);

    private async Task AdvanceAsync(int roundId)
    {
        if (await FindAsync(roundId) is { } round) await transitions.AdvanceAsync(round, CancellationToken.None);
    }

    private Task<ConsultationRound?> FindAsync(int id) => db.Set<ConsultationRound>().FirstOrDefaultAsync(r => r.Id == id);
}

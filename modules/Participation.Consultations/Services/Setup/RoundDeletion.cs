using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Setup;

/// <summary>
/// Deletes a round that never went public (準備中) and holds no submission — a mistake or a duplicate. Anything
/// announced or with a submission stays: residents may have relied on it, and the ordinance keeps every opinion.
/// The draft stays too (it can be used for another round).
/// </summary>
public sealed class RoundDeletion(ParticipationDbContext db, IAuditLog audit)
{
    public async Task<bool> CanDeleteAsync(ConsultationRound round, CancellationToken ct) =>
        round.Status == RoundStatus.Preparing && !await db.Set<Submission>().AnyAsync(s => s.RoundId == round.Id, ct);

    public async Task<bool> DeleteAsync(int roundId, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || !await CanDeleteAsync(round, ct)) return false;
        db.Remove(round);
        audit.Record("round.deleted", "round", roundId, $"ward={round.WardId?.ToString() ?? "city"};draft={round.DraftId}");
        await db.SaveChangesAsync(ct);
        return true;
    }
}

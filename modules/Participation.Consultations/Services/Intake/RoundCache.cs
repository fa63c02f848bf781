using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Rounds as the submission path reads them, kept for <see cref="IntakeOptions.RoundCacheSeconds"/> (one second) so
/// a busy last day asks the database once a second per round instead of once per submission. Whether a round is
/// open is still decided against the clock on every submission; a staff change of status or settings is forgotten
/// here at once and reaches other nodes at most that long after.
/// </summary>
public sealed class RoundCache(TimeProvider clock, IOptions<IntakeOptions> options)
    : TimedCache<int, ConsultationRound?>(clock, TimeSpan.FromSeconds(Math.Max(0, options.Value.RoundCacheSeconds)))
{
    /// <summary>The round as stored (not tracked), or null when there is none; read again once the kept copy is too old.</summary>
    public Task<ConsultationRound?> GetAsync(ParticipationDbContext db, int roundId, CancellationToken ct) =>
        GetAsync(roundId, () => ReadAsync(db, roundId, ct));

    /// <summary>The same, for callers holding no context: a miss reads in a scope of its own.</summary>
    public Task<ConsultationRound?> GetAsync(IServiceScopeFactory scopes, int roundId, CancellationToken ct) =>
        GetAsync(roundId, async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await ReadAsync(scope.ServiceProvider.GetRequiredService<ParticipationDbContext>(), roundId, ct);
        });

    private static Task<ConsultationRound?> ReadAsync(ParticipationDbContext db, int roundId, CancellationToken ct) =>
        db.Set<ConsultationRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
}

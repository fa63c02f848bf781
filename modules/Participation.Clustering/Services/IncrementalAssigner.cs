using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Clustering.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.Events;

namespace Participation.Clustering.Services;

/// <summary>
/// Places a new submission's opinions in the clusters of the round's latest completed run, at the nearest centre
/// of the stored model, without re-running (a full re-run stays a staff-started job). Works in a scope of its own
/// so a problem here never undoes or blocks the submission itself. A batch of submissions (the outbox hands over
/// what one group commit wrote) is placed with one lookup, one embedding pass and one save per round.
/// </summary>
public sealed class IncrementalAssigner(IServiceScopeFactory scopes, ClusteringModelCache models, ILogger<IncrementalAssigner> log)
    : IDomainEventBatchHandler<SubmissionAccepted>
{
    public Task HandleAsync(SubmissionAccepted domainEvent, CancellationToken cancellationToken) =>
        HandleAllAsync([domainEvent], cancellationToken);

    public async Task HandleAllAsync(IReadOnlyList<SubmissionAccepted> domainEvents, CancellationToken cancellationToken)
    {
        foreach (var round in domainEvents.GroupBy(e => e.RoundId))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await AssignAsync(scope.ServiceProvider, round.Key, round.SelectMany(e => e.OpinionIds), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Incremental clustering of {Count} submissions of round {RoundId} failed", round.Count(), round.Key);
            }
        }
    }

    private async Task AssignAsync(IServiceProvider services, int roundId, IEnumerable<int> opinionIds, CancellationToken ct)
    {
        var db = services.GetRequiredService<ParticipationDbContext>();
        var container = roundId.ToString(CultureInfo.InvariantCulture);
        var run = await db.Set<ClusterRun>().Where(r => r.ScopeKind == RunScopeKind.Round && r.ContainerId == container && r.Status == RunStatus.Done)
            .OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is null || models.Get(run.ModelFile) is not { } model) return;

        var wanted = opinionIds.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var known = await db.Set<ClusterMember>().Where(m => m.RunId == run.Id && m.SourceType == RunScopes.Opinion && wanted.Contains(m.SourceId))
            .Select(m => m.SourceId).ToListAsync(ct);
        wanted.ExceptWith(known);
        if (wanted.Count == 0) return;
        var items = new List<ClusterSourceItem>();
        foreach (var source in services.GetServices<IClusterSource>().Where(s => s.SourceType == RunScopes.Opinion))
            await foreach (var item in source.ItemsAsync(new ClusterScope(container, SourceIds: wanted), ct))
                if (wanted.Contains(item.SourceId) && !string.IsNullOrWhiteSpace(item.Text)) items.Add(item);
        if (items.Count == 0) return;

        await IncrementalPlacement.PlaceAsync(db, run, model, items, ct);
    }
}

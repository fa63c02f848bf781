using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Clustering.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.Events;

namespace Participation.Clustering.Services;

/// <summary>
/// Places a new public ward post in the clusters of the ward's latest completed discussion run, as
/// <see cref="IncrementalAssigner"/> does for opinions. Wards without a run pay one small query. Works in a scope
/// of its own so a problem here never undoes the post.
/// </summary>
public sealed class WardPostAssigner(IServiceScopeFactory scopes, ClusteringModelCache models, ILogger<WardPostAssigner> log)
    : IDomainEventHandler<WardPostPublished>
{
    public async Task HandleAsync(WardPostPublished domainEvent, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await AssignAsync(scope.ServiceProvider, domainEvent, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Incremental clustering of ward post {SourceId} failed", domainEvent.SourceId);
        }
    }

    private async Task AssignAsync(IServiceProvider services, WardPostPublished evt, CancellationToken ct)
    {
        var db = services.GetRequiredService<ParticipationDbContext>();
        var container = $"ward:{evt.WardId}";
        var run = await db.Set<ClusterRun>().Where(r => r.ScopeKind == RunScopeKind.WardDiscussions && r.ContainerId == container && r.Status == RunStatus.Done)
            .OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is null || models.Get(run.ModelFile) is not { } model) return;
        if (await db.Set<ClusterMember>().AnyAsync(m => m.RunId == run.Id && m.SourceType == RunScopes.WardPost && m.SourceId == evt.SourceId, ct)) return;

        // The post's own moment (a second either side) keeps the source's read small.
        var scope = new ClusterScope(container, evt.WardId, evt.CreatedAtUtc.AddSeconds(-1), evt.CreatedAtUtc.AddSeconds(1), [evt.SourceId]);
        var items = new List<ClusterSourceItem>();
        foreach (var source in services.GetServices<IClusterSource>().Where(s => s.SourceType == RunScopes.WardPost))
            await foreach (var item in source.ItemsAsync(scope, ct))
                if (item.SourceId == evt.SourceId && !string.IsNullOrWhiteSpace(item.Text)) items.Add(item);
        await IncrementalPlacement.PlaceAsync(db, run, model, items, ct);
    }
}

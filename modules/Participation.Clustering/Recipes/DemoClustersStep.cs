using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Clustering.Services;
using Participation.Core.Cities;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.Recipes;

namespace Participation.Clustering.Recipes;

/// <summary>
/// Real topic maps for a newcomer: every round whose results are published, and the first ward's discussions,
/// clustered now and published. The number of topics is fixed so that choosing it (a silhouette
/// search) does not slow every demo set-up; staff runs choose it automatically. Runs after Consultations and
/// Wards have written their demo data (module order).
/// </summary>
public sealed class DemoClustersStep(ParticipationDbContext db, IEnumerable<IClusterContainers> containers, ClusterRunJob job, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer t) : IRecipeStep
{
    public string Name => "clustering.demo-runs";
    public RecipeKind Kind => RecipeKind.DemoData;
    public int Order => 10;

    public async Task ExecuteAsync(CancellationToken ct)
    {
        if (await db.Set<ClusterRun>().AnyAsync(ct)) return;
        var all = new List<ClusterContainer>();
        foreach (var c in containers) all.AddRange(await c.ContainersAsync(null, ct));
        var rounds = all.Where(c => c.SourceType == RunScopes.Opinion && c.TextsArePublic).ToList();
        var firstWard = await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).FirstOrDefaultAsync(ct);
        var ward = firstWard is null ? null : all.FirstOrDefault(c => c.SourceType == RunScopes.WardPost && c.WardId == firstWard.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var round in rounds)
            await RunAndPublishAsync(new ClusterRun { ScopeKind = RunScopeKind.Round, ContainerId = round.Id, WardId = round.WardId, Title = round.Title, CreatedAt = now, RequestedK = 6 }, ct);
        if (ward is not null && firstWard is not null)
            await RunAndPublishAsync(new ClusterRun { ScopeKind = RunScopeKind.WardDiscussions, ContainerId = ward.Id, WardId = ward.WardId,
                Title = t["Clustering.Title.WardDiscussions", firstWard.Name].Value, CreatedAt = now, RequestedK = 5 }, ct);
    }

    private async Task RunAndPublishAsync(ClusterRun run, CancellationToken ct)
    {
        db.Add(run);
        await db.SaveChangesAsync(ct);
        await job.RunAsync(run.Id, ct);
        var done = await db.Set<ClusterRun>().FirstAsync(r => r.Id == run.Id, ct);
        if (done.Status != RunStatus.Done) return;
        done.IsPublished = true;
        done.PublishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}

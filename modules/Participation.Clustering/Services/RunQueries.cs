using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Clustering.ViewModels;
using Participation.Core.Data;

namespace Participation.Clustering.Services;

/// <summary>Reads a run's clusters, representatives and map points for the staff and public pages.</summary>
public sealed class RunQueries(ParticipationDbContext db)
{
    /// <summary>At most this many points are drawn; larger runs are thinned evenly (the table still counts all).</summary>
    public const int MaxMapPoints = 1500;

    public Task<ClusterRun?> RunAsync(int runId, CancellationToken ct) =>
        db.Set<ClusterRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);

    public async Task<IReadOnlyList<ClusterView>> ClustersAsync(int runId, CancellationToken ct)
    {
        var clusters = await db.Set<Cluster>().AsNoTracking().Where(c => c.RunId == runId && !c.Retired).OrderByDescending(c => c.Size).ThenBy(c => c.Index).ToListAsync(ct);
        var ids = clusters.Select(c => c.Id).ToList();
        var reps = (await db.Set<ClusterRepresentative>().AsNoTracking().Where(r => ids.Contains(r.ClusterId)).ToListAsync(ct))
            .GroupBy(r => r.ClusterId).ToDictionary(g => g.Key, g => (IReadOnlyList<ClusterRepresentative>)g.OrderBy(r => r.Rank).ToList());
        var incremental = await db.Set<ClusterMember>().AsNoTracking().Where(m => m.RunId == runId && m.Incremental)
            .GroupBy(m => m.ClusterId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return clusters.Select((c, i) => new ClusterView(c, i, reps.GetValueOrDefault(c.Id) ?? [], incremental.GetValueOrDefault(c.Id))).ToList();
    }

    /// <summary>Member positions scaled to 0..1, each with its cluster's shape (the order of <paramref name="clusters"/>).</summary>
    public async Task<IReadOnlyList<MapPoint>> PointsAsync(int runId, IReadOnlyList<ClusterView> clusters, CancellationToken ct)
    {
        var members = await db.Set<ClusterMember>().AsNoTracking().Where(m => m.RunId == runId).OrderBy(m => m.Id)
            .Select(m => new { m.ClusterId, m.X, m.Y }).ToListAsync(ct);
        if (members.Count == 0) return [];
        var step = Math.Max(1, (members.Count + MaxMapPoints - 1) / MaxMapPoints);
        var shown = members.Where((_, i) => i % step == 0).ToList();
        var byId = clusters.ToDictionary(c => c.Cluster.Id);
        double minX = members.Min(m => m.X), maxX = members.Max(m => m.X), minY = members.Min(m => m.Y), maxY = members.Max(m => m.Y);
        double Scale(double v, double lo, double hi) => hi - lo < 1e-9 ? 0.5 : (v - lo) / (hi - lo);
        return shown.Where(m => byId.ContainsKey(m.ClusterId))
            .Select(m => new MapPoint(Scale(m.X, minX, maxX), Scale(m.Y, minY, maxY), byId[m.ClusterId].Shape, byId[m.ClusterId].Cluster.Label))
            .ToList();
    }
}

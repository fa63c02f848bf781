using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Clustering.ViewModels;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.Privacy;

namespace Participation.Clustering.Services;

/// <summary>A cluster's members for staff, nearest the centre first, with their texts (redacted) read from the sources.</summary>
public sealed class ClusterMemberTexts(ParticipationDbContext db, IEnumerable<IClusterSource> sources, IRedactor redactor)
{
    public const int Limit = 300;

    public async Task<IReadOnlyList<MemberRow>> ForClusterAsync(ClusterRun run, int clusterId, CancellationToken ct)
    {
        var members = await db.Set<ClusterMember>().AsNoTracking().Where(m => m.ClusterId == clusterId && m.RunId == run.Id)
            .OrderBy(m => m.Distance).ThenBy(m => m.Id).Take(Limit).ToListAsync(ct);
        var wanted = members.Select(m => (m.SourceType, m.SourceId)).ToHashSet();
        var texts = new Dictionary<(string, string), string>();
        // Incremental members may be outside the run's period, so read the container without the period.
        var scope = run.ScopeKind == RunScopeKind.Area ? RunScopes.ScopeOf(run) with { From = null, To = null } : RunScopes.ScopeOf(run);
        foreach (var source in sources.Where(s => RunScopes.Reads(run, s.SourceType)))
            await foreach (var item in source.ItemsAsync(scope, ct))
                if (wanted.Contains((item.SourceType, item.SourceId))) texts[(item.SourceType, item.SourceId)] = item.Text;
        return members.Select(m => new MemberRow(m, texts.TryGetValue((m.SourceType, m.SourceId), out var text) ? redactor.Redact(text) : null)).ToList();
    }
}

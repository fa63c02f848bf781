using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Clustering.Models;
using Participation.Clustering.ViewModels;
using Participation.Core.Data;

namespace Participation.Clustering.Services;

/// <summary>Reads the staff-only parts of the run and cluster pages.</summary>
public sealed class RunExtras(ParticipationDbContext db, ClusterMemberTexts texts, IOptions<ClusteringModuleOptions> options)
{
    public async Task<RunStaffExtras> ForRunAsync(ClusterRun run, CancellationToken ct)
    {
        var labels = await db.Set<Cluster>().AsNoTracking().Where(c => c.RunId == run.Id).ToDictionaryAsync(c => c.Id, c => c.Label, ct);
        var templates = await db.Set<ClusterTemplateGroup>().AsNoTracking().Where(g => g.RunId == run.Id)
            .OrderByDescending(g => g.Size).ThenBy(g => g.Id).ToListAsync(ct);
        var edits = await db.Set<ClusterEdit>().AsNoTracking().Where(e => e.RunId == run.Id).OrderByDescending(e => e.EditedAt).ThenByDescending(e => e.Id).ToListAsync(ct);
        var changes = await db.Set<ClusterRunChange>().AsNoTracking().Where(c => c.RunId == run.Id).OrderBy(c => c.Kind).ThenBy(c => c.Id).ToListAsync(ct);
        var links = (await db.Set<ClusterGroupLink>().AsNoTracking().Where(l => l.RunId == run.Id).OrderBy(l => l.Id).ToListAsync(ct))
            .GroupBy(l => l.ClusterId).ToDictionary(g => g.Key, g => (IReadOnlyList<ClusterGroupLink>)g.ToList());
        return new RunStaffExtras(templates.Select(g => new TemplateGroupRow(g, labels.GetValueOrDefault(g.ClusterId, ""))).ToList(), edits, changes, links);
    }

    public async Task<ClusterMembersViewModel?> MembersPageAsync(ClusterRun run, int clusterId, ClaimsPrincipal user, ClusterEditForm? form, CancellationToken ct)
    {
        var cluster = await db.Set<Cluster>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == clusterId && c.RunId == run.Id && !c.Retired, ct);
        if (cluster is null) return null;
        var others = await db.Set<Cluster>().AsNoTracking().Where(c => c.RunId == run.Id && !c.Retired && c.Id != clusterId)
            .OrderByDescending(c => c.Size).ThenBy(c => c.Index).ToListAsync(ct);
        form ??= new ClusterEditForm { Label = cluster.Label, Parts = 2 };
        form.Version = cluster.Version;   // the next save starts from what this page shows
        var groups = await db.Set<ClusterGroupLink>().AsNoTracking().Where(l => l.ClusterId == clusterId).OrderBy(l => l.Id).ToListAsync(ct);
        var templates = await db.Set<ClusterTemplateGroup>().AsNoTracking().Where(g => g.RunId == run.Id && g.ClusterId == clusterId)
            .OrderByDescending(g => g.Size).ToListAsync(ct);
        return new ClusterMembersViewModel(run, cluster, await texts.ForClusterAsync(run, clusterId, ct), user.CanManage(run) && run.Status == RunStatus.Done,
            others, form, groups, templates, options.Value.MaxSplitParts);
    }
}

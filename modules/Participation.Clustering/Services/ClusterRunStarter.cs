using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Clustering.Models;
using Participation.Clustering.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Jobs;
using Participation.Core.Text;
using Participation.Core.Time;

namespace Participation.Clustering.Services;

/// <summary>Checks a staff member's request for a run (scope, ward, period, k), records it and queues the job.</summary>
public sealed class ClusterRunStarter(ParticipationDbContext db, IEnumerable<IClusterContainers> containers, IJobScheduler jobs,
    IAuditLog audit, IStringLocalizer t, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClusterContainer>> RoundsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var list = new List<ClusterContainer>();
        foreach (var c in containers)
            list.AddRange((await c.ContainersAsync(user.SeesAllWards() ? null : user.WardId(), ct)).Where(x => x.SourceType == RunScopes.Opinion));
        return list;
    }

    /// <summary>The new run, or the localisation key of what is wrong (Forbidden when the ward is not theirs).</summary>
    public async Task<(ClusterRun? Run, string? Error)> StartAsync(StartRunForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (form.K is int k && (k < 2 || k > 30)) return (null, "Clustering.Start.BadK");
        var wards = await db.Set<Ward>().AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        if (form.WardId is int w && !wards.ContainsKey(w)) return (null, "Clustering.Start.BadWard");
        var run = new ClusterRun { Title = "", ScopeKind = form.Kind, RequestedK = form.K, CreatedBy = user.UserId(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        switch (form.Kind)
        {
            case RunScopeKind.Round:
                var round = (await RoundsAsync(user, ct)).FirstOrDefault(r => r.Id == form.RoundId);
                if (round is null) return (null, "Clustering.Start.BadRound");
                run.ContainerId = round.Id;
                run.WardId = round.WardId;
                run.Title = round.Title;
                break;
            case RunScopeKind.WardDiscussions:
                if (form.WardId is not int ward) return (null, "Clustering.Start.WardRequired");
                run.ContainerId = $"ward:{ward}";
                run.WardId = ward;
                run.Title = t["Clustering.Title.WardDiscussions", wards[ward]].Value;
                break;
            default:
                if (form.From is DateOnly f && form.To is DateOnly to && to < f) return (null, "Clustering.Start.BadPeriod");
                run.WardId = form.WardId;
                run.From = form.From is DateOnly from ? TokyoTime.StartOfDay(from) : null;
                run.To = form.To is DateOnly until ? TokyoTime.StartOfDay(until.AddDays(1)) : null;
                var area = form.WardId is int aw ? wards[aw] : t["Clustering.CityWide"].Value;
                run.Title = t["Clustering.Title.Area", area,
                    form.From is DateOnly a ? JapaneseDate.ToWareki(a) : "…", form.To is DateOnly b ? JapaneseDate.ToWareki(b) : "…"].Value;
                break;
        }
        if (!user.CanManage(run)) return (null, "Forbidden");
        db.Add(run);
        await db.SaveChangesAsync(ct);
        audit.Record("clustering.run-started", "clustering-run", run.Id, run.ScopeKind.ToString());
        await db.SaveChangesAsync(ct);
        var id = run.Id;
        jobs.Enqueue<ClusterRunJob>(j => j.RunAsync(id, CancellationToken.None));
        return (run, null);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.Selection;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Committees.Services.Selecting;

/// <summary>
/// Background job (IJobScheduler): computes a run's distribution and publishes it with its commitment.
/// Fair lottery: MAXIMIN then LEXIMIN over quota-satisfying panels. Simple lottery: everyone k/n.
/// Ranking: by mean review score (ties by application order), the top k with probability 1.
/// </summary>
public sealed class SelectionRunJob(ParticipationDbContext db, SelectionPool pool, FairLotterySolver solver,
    ReviewAggregates aggregates, IAuditLog audit, TimeProvider clock, Microsoft.Extensions.Options.IOptions<SelectionLimits> limits)
{

    public async Task RunAsync(int runId)
    {
        var ct = CancellationToken.None;
        var run = await db.Set<SelectionRun>().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || run.State != SelectionRunState.Queued) return;
        run.State = SelectionRunState.Running;
        await db.SaveChangesAsync(ct);
        var recruitment = await db.Set<Recruitment>().FirstAsync(r => r.Id == run.RecruitmentId, ct);
        var (applications, volunteers) = await pool.LoadAsync(run.RecruitmentId, recruitment.Fields(), ct);
        run.PoolApplicationIds = string.Join(',', applications.Select(a => a.Id.ToString(CultureInfo.InvariantCulture)));
        try
        {
            run.DistributionJson = run.Method switch
            {
                SelectionMethod.FairLottery => Fair(run, volunteers, out var min),
                SelectionMethod.SimpleLottery => Simple(run, volunteers),
                _ => await RankingAsync(run, applications, volunteers, ct),
            };
            run.MinProbability = DistributionDocument.Probabilities(run.DistributionJson).Values.DefaultIfEmpty(0).Min();
            run.Commitment = DistributionDocument.Hash(run.DistributionJson);
            run.State = SelectionRunState.Ready;
            run.PublishedAtUtc = clock.GetUtcNow().UtcDateTime;
            audit.Record("committee.selection.published", "selection_run", run.Id.ToString(CultureInfo.InvariantCulture), run.Commitment);
        }
        catch (SelectionInfeasibleException ex)
        {
            run.State = SelectionRunState.Infeasible;
            run.Message = string.Join("\n", ex.Report.Describe(japanese: true));
            audit.Record("committee.selection.infeasible", "selection_run", run.Id.ToString(CultureInfo.InvariantCulture), null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            run.State = SelectionRunState.Failed;
            run.Message = ex.Message;
            audit.Record("committee.selection.failed", "selection_run", run.Id.ToString(CultureInfo.InvariantCulture), null);
        }
        await db.SaveChangesAsync(ct);
    }

    private string Fair(SelectionRun run, List<Volunteer> volunteers, out double min)
    {
        var (quotas, _) = QuotaText.Parse(run.Quotas);
        var problem = new SelectionProblem(volunteers, quotas, run.PanelSize, run.OnePerHousehold);
        var d = solver.Solve(problem, limits.Value.ToOptions());
        min = d.MinProbability;
        var panels = PublicDraw.Canonical(d.Panels.Select(p => (p.Members.Select(i => volunteers[i].Id), p.Probability)));
        return DistributionDocument.Write("leximin", run.PanelSize, run.OnePerHousehold,
            volunteers.Select((v, i) => (v.Id, d.Probabilities[i])), panels);
    }

    private static string Simple(SelectionRun run, List<Volunteer> volunteers)
    {
        if (volunteers.Count < run.PanelSize) throw new InvalidOperationException("Pool smaller than the panel.");
        var p = (double)run.PanelSize / volunteers.Count;
        return DistributionDocument.Write("simple_lottery", run.PanelSize, false, volunteers.Select(v => (v.Id, p)), []);
    }

    private async Task<string> RankingAsync(SelectionRun run, List<Application> applications, List<Volunteer> volunteers, CancellationToken ct)
    {
        var scores = await aggregates.ForRecruitmentAsync(run.RecruitmentId, ct);
        var order = applications.Select((a, i) => (Id: volunteers[i].Id, Mean: scores.GetValueOrDefault(a.Id)?.Mean ?? double.MinValue, Index: i))
            .OrderByDescending(x => x.Mean).ThenBy(x => x.Index).Select(x => x.Id).ToList();
        var top = order.Take(run.PanelSize).ToHashSet(StringComparer.Ordinal);
        return DistributionDocument.Write("ranking", run.PanelSize, false, volunteers.Select(v => (v.Id, top.Contains(v.Id) ? 1.0 : 0.0)),
            [(top.OrderBy(x => x, StringComparer.Ordinal).ToArray(), 1.0)], order);
    }
}

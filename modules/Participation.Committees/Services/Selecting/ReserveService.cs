using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.Selection;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Committees.Services.Selecting;

/// <summary>
/// A selected member withdraws (辞退): they are marked withdrawn and the first reserve (補欠) whose entry keeps every
/// quota and the household rule of the run takes the seat. When no reserve fits, nobody is moved up and the message
/// says what a replacement would have needed.
/// </summary>
public sealed class ReserveService(ParticipationDbContext db, IAuditLog audit, IStringLocalizer t)
{
    public sealed record Result(bool Done, string? Replacement, string Message);

    public async Task<Result> WithdrawAsync(SelectionRun run, string member, CancellationToken ct)
    {
        var appIds = run.PoolApplicationIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var applications = await db.Set<Application>().Where(a => appIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var recruitment = await db.Set<Recruitment>().FirstAsync(r => r.Id == run.RecruitmentId, ct);
        var fields = recruitment.Fields();
        var pool = appIds.Select((id, i) => (Anon: SelectionPool.AnonId(i), App: applications.GetValueOrDefault(id))).Where(x => x.App != null).ToList();
        var leaving = pool.FirstOrDefault(x => x.Anon == member && x.App!.Outcome == SelectionOutcome.Selected);
        if (leaving.App is null) return new Result(false, null, t["Secretariat.Reserve.NotMember", member].Value);

        var volunteers = pool.Select(x => new Volunteer(x.Anon,
            fields.ToDictionary(f => f, f => ProfileFields.Value(x.App!, f), StringComparer.Ordinal),
            string.IsNullOrWhiteSpace(x.App!.Household) ? null : x.App.Household)).ToList();
        var (quotas, _) = QuotaText.Parse(run.Quotas);
        var problem = new SelectionProblem(volunteers, quotas, run.PanelSize, run.OnePerHousehold);
        var members = pool.Where(x => x.App!.Outcome == SelectionOutcome.Selected).Select(x => x.Anon).ToList();
        var reserves = pool.Where(x => x.App!.Outcome == SelectionOutcome.Reserve).OrderBy(x => x.App!.ReserveRank).Select(x => x.Anon).ToList();
        var outcome = ReserveReplacement.Find(problem, members, member, reserves);

        leaving.App.Outcome = SelectionOutcome.Withdrawn;
        var runId = run.Id.ToString(CultureInfo.InvariantCulture);
        audit.Record("committee.selection.withdrawn", "selection_run", runId, member);
        string message;
        if (outcome.Replacement is { } replacement)
        {
            var app = pool.First(x => x.Anon == replacement).App!;
            app.Outcome = SelectionOutcome.Selected;
            app.ReserveRank = null;
            audit.Record("committee.selection.reserve-seated", "selection_run", runId, replacement);
            message = t["Secretariat.Reserve.Replaced", member, replacement].Value;
        }
        else
        {
            string Describe(IEnumerable<Quota> qs) => string.Join("、", qs.Select(q => $"{t[ProfileFields.LabelKey(q.Category)].Value}={q.Value}"));
            var parts = new List<string> { t["Secretariat.Reserve.None", member, outcome.ReservesChecked].Value };
            if (outcome.MustCarry.Count > 0) parts.Add(t["Secretariat.Reserve.MustCarry", Describe(outcome.MustCarry)].Value);
            if (outcome.MustNotCarry.Count > 0) parts.Add(t["Secretariat.Reserve.MustNotCarry", Describe(outcome.MustNotCarry)].Value);
            if (run.OnePerHousehold) parts.Add(t["Secretariat.Reserve.Household"].Value);
            message = string.Join(" ", parts);
        }
        await db.SaveChangesAsync(ct);
        return new Result(outcome.Replacement != null, outcome.Replacement, message);
    }
}

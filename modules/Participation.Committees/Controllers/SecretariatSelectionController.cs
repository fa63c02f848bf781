using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.Selection;
using Participation.Committees.Services;
using Participation.Committees.Services.Selecting;
using Participation.Committees.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Jobs;

namespace Participation.Committees.Controllers;

/// <summary>
/// Selection for a recruitment: set method, panel size, quotas and household rule; feasibility is checked at once
/// (with an explanation and the smallest relaxation); the computation runs as a background job; then the public draw
/// and the result mails.
/// </summary>
[CommitteeScope]
[Authorize(Policy = Permissions.Manage)]
public sealed class SecretariatSelectionController(ParticipationDbContext db, RecruitmentLookup lookup, SelectionPool pool,
    FeasibilityChecker feasibility, IJobScheduler jobs, SelectionDraw draw, ResultMailer mailer, IAuditLog audit,
    TimeProvider clock, IStringLocalizer t, ReserveService reserves) : Controller
{
    private const string Form = "~/Views/Secretariat/Selection.cshtml";

    [HttpGet("/staff/recruitments/{rid:int}/selection")]
    public Task<IActionResult> Index(int rid, CancellationToken ct) => PageAsync(rid, new SelectionInput(), [], ct);

    [HttpPost("/staff/recruitments/{rid:int}/selection")]
    public async Task<IActionResult> Create(int rid, [Bind(Prefix = "Input")] SelectionInput input, CancellationToken ct)
    {
        if (await lookup.FindAsync(rid, ct) is not var (_, recruitment)) return NotFound();
        var (quotas, bad) = QuotaText.Parse(input.Quotas);
        if (bad.Count > 0)
            ModelState.AddModelError("Input.Quotas", t["Secretariat.Selection.QuotaLinesBad", string.Join(", ", bad)]);
        var unknown = quotas.Select(q => q.Category).Distinct().Where(f => !recruitment.Fields().Contains(f)).ToList();
        if (unknown.Count > 0)
            ModelState.AddModelError("Input.Quotas", t["Secretariat.Selection.QuotaFieldNotAsked", string.Join(", ", unknown.Select(f => t[ProfileFields.LabelKey(f)].Value))]);
        if (!ModelState.IsValid) return await PageAsync(rid, input, [], ct);

        var (_, volunteers) = await pool.LoadAsync(rid, recruitment.Fields(), ct);
        var explanation = Explain(volunteers, input.Method == SelectionMethod.FairLottery ? quotas : [], input);
        if (explanation.Count > 0)
        {
            ModelState.AddModelError("Input.Quotas", t["Secretariat.Selection.Infeasible"]);
            return await PageAsync(rid, input, explanation, ct);
        }
        var run = new SelectionRun
        {
            RecruitmentId = rid, Method = input.Method, PanelSize = input.PanelSize,
            OnePerHousehold = input.Method == SelectionMethod.FairLottery && input.OnePerHousehold,
            Quotas = input.Method == SelectionMethod.FairLottery ? string.Join('\n', quotas.Select(q => $"{q.Category}={q.Value}:{q.Min}-{q.Max}")) : "",
            State = SelectionRunState.Queued, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(run);
        await db.SaveChangesAsync(ct);
        audit.Record("committee.selection.queued", "selection_run", run.Id.ToString(CultureInfo.InvariantCulture), run.Method.ToString());
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<SelectionRunJob>(j => j.RunAsync(run.Id));
        return Redirect($"/staff/selection-runs/{run.Id}");
    }

    [HttpGet("/staff/selection-runs/{id:int}")]
    public async Task<IActionResult> Run(int id, CancellationToken ct)
    {
        var run = await db.Set<SelectionRun>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null || await lookup.FindAsync(run.RecruitmentId, ct) is not var (committee, recruitment)) return NotFound();
        var rows = new List<(string, double, string?, SelectionOutcome, int?)>();
        if (run.DistributionJson.Length > 0)
        {
            var ids = run.PoolApplicationIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
            var apps = await db.Set<Application>().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            var i = 0;
            foreach (var (anon, p) in DistributionDocument.Probabilities(run.DistributionJson))
            {
                var a = apps.GetValueOrDefault(ids[i++]);
                rows.Add((anon, p, a?.ReceiptNumber, a?.Outcome ?? SelectionOutcome.None, a?.ReserveRank));
            }
        }
        return View("~/Views/Secretariat/Run.cshtml", new RunPage(committee, recruitment, run, rows));
    }

    [HttpPost("/staff/selection-runs/{id:int}/draw")]
    public async Task<IActionResult> Draw(int id, string? seed, string? source, CancellationToken ct)
    {
        var run = await db.Set<SelectionRun>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null) return NotFound();
        if (run.State != SelectionRunState.Ready) return Conflict();
        if (string.IsNullOrWhiteSpace(seed) && run.Method != SelectionMethod.Ranking)
        {
            TempData["SelectionError"] = t["Secretariat.Selection.SeedRequired"].Value;
            return Redirect($"/staff/selection-runs/{id}");
        }
        await draw.DrawAsync(run, seed?.Trim() ?? "", source?.Trim(), ct);
        return Redirect($"/staff/selection-runs/{id}");
    }

    [HttpPost("/staff/selection-runs/{id:int}/notify")]
    public async Task<IActionResult> Notify(int id, CancellationToken ct)
    {
        var run = await db.Set<SelectionRun>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null) return NotFound();
        if (run.State != SelectionRunState.Drawn) return Conflict();
        var notified = await mailer.NotifyAsync(run, ct);
        TempData["SelectionNotice"] = notified.Told == 0
            ? t["Secretariat.Selection.AllNotified"].Value
            : t["Secretariat.Selection.MailsSent", notified.Mailed].Value;
        return Redirect($"/staff/selection-runs/{id}");
    }

    /// <summary>A selected member withdraws; the first reserve who keeps every quota takes the seat (or the message says why none can).</summary>
    [HttpPost("/staff/selection-runs/{id:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, string? member, CancellationToken ct)
    {
        var run = await db.Set<SelectionRun>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null) return NotFound();
        if (run.State != SelectionRunState.Drawn) return Conflict();
        var result = await reserves.WithdrawAsync(run, member?.Trim() ?? "", ct);
        TempData[result.Done ? "SelectionNotice" : "SelectionError"] = result.Message;
        return Redirect($"/staff/selection-runs/{id}");
    }

    /// <summary>Feasibility in the secretariat's words: categories are shown by their labels (性別, 年代, …).</summary>
    private IReadOnlyList<string> Explain(List<Volunteer> volunteers, List<Quota> quotas, SelectionInput input)
    {
        string Label(string f) => t[ProfileFields.LabelKey(f)].Value;
        var labelled = volunteers.Select(v => v with { Features = v.Features.ToDictionary(kv => Label(kv.Key), kv => kv.Value) }).ToList();
        var problem = new SelectionProblem(labelled, quotas.Select(q => q with { Category = Label(q.Category) }).ToList(), input.PanelSize,
            input.Method == SelectionMethod.FairLottery && input.OnePerHousehold);
        var report = feasibility.Check(problem, seconds: 5);
        return report.Feasible ? [] : report.Describe(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en");
    }

    private async Task<IActionResult> PageAsync(int rid, SelectionInput input, IReadOnlyList<string> explanation, CancellationToken ct)
    {
        if (await lookup.FindAsync(rid, ct) is not var (committee, recruitment)) return NotFound();
        var size = await db.Set<Application>().CountAsync(a => a.RecruitmentId == rid, ct);
        var runs = await db.Set<SelectionRun>().Where(r => r.RecruitmentId == rid).OrderByDescending(r => r.Id).ToListAsync(ct);
        return View(Form, new SelectionPage(committee, recruitment, size, input, runs, explanation));
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.Selection;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Committees.Services.Selecting;

/// <summary>
/// The public draw of a published run. The seed comes from a source fixed in public after the commitment (e.g. the
/// winning number of a named lottery), so neither side can choose it. Fair lottery: <see cref="PublicDraw.Draw"/>
/// over the published panels. Simple lottery: everyone ordered by hex(SHA-256("reserve:" + seed + ":" + id)), the
/// first k drawn. Ranking: the published ranking. Reserves (補欠): up to k of the rest, in that order.
/// </summary>
public sealed class SelectionDraw(ParticipationDbContext db, IAuditLog audit, TimeProvider clock)
{
    public sealed record Outcome(string[] Members, string[] Reserves);

    public static Outcome Compute(SelectionRun run, string seed)
    {
        var ids = DistributionDocument.Probabilities(run.DistributionJson).Keys.ToList();
        string[] members, rest;
        switch (run.Method)
        {
            case SelectionMethod.FairLottery:
                var draw = PublicDraw.Draw(SortitionJson.ReadPanels(run.DistributionJson), ids, seed);
                (members, rest) = (draw.Members, draw.Reserves);
                break;
            case SelectionMethod.SimpleLottery:
                var order = ids.OrderBy(id => Hex($"reserve:{seed}:{id}"), StringComparer.Ordinal).ToArray();
                (members, rest) = (order.Take(run.PanelSize).ToArray(), order.Skip(run.PanelSize).ToArray());
                break;
            default:
                var ranking = DistributionDocument.Ranking(run.DistributionJson);
                (members, rest) = (ranking.Take(run.PanelSize).ToArray(), ranking.Skip(run.PanelSize).ToArray());
                break;
        }
        return new Outcome(members, rest.Take(run.PanelSize).ToArray());
    }

    public async Task<Outcome> DrawAsync(SelectionRun run, string seed, string? source, CancellationToken ct)
    {
        var outcome = Compute(run, seed);
        var appIds = run.PoolApplicationIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var byAnon = appIds.Select((id, i) => (Anon: SelectionPool.AnonId(i), id)).ToDictionary(x => x.Anon, x => x.id, StringComparer.Ordinal);
        var applications = await db.Set<Application>().Where(a => appIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var a in applications.Values) { a.Outcome = SelectionOutcome.NotSelected; a.ReserveRank = null; }
        foreach (var m in outcome.Members) applications[byAnon[m]].Outcome = SelectionOutcome.Selected;
        for (var i = 0; i < outcome.Reserves.Length; i++)
        {
            var a = applications[byAnon[outcome.Reserves[i]]];
            a.Outcome = SelectionOutcome.Reserve;
            a.ReserveRank = i + 1;
        }
        run.Seed = seed;
        run.SeedSource = source;
        run.State = SelectionRunState.Drawn;
        run.DrawnAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("committee.selection.drawn", "selection_run", run.Id.ToString(CultureInfo.InvariantCulture), $"seed={seed}");
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    private static string Hex(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();
}

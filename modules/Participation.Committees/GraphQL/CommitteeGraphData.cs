using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.Services;
using Participation.Core.Data;

namespace Participation.Committees.GraphQL;

/// <summary>Committees for one GraphQL request or dataset: recruitments, applicant counts and consenting members, each read once.</summary>
public sealed class CommitteeGraphData(ParticipationDbContext db, TimeProvider clock, IPublicMemberDirectory members)
{
    public async Task<IReadOnlyList<CommitteeGraph>> ListAsync(CancellationToken ct)
    {
        var committees = await db.Set<Committee>().AsNoTracking().Include(c => c.Recruitments).OrderBy(c => c.Id).ToListAsync(ct);
        var applicants = await db.Set<Application>().AsNoTracking().GroupBy(a => a.RecruitmentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var names = await members.ConsentingNamesAsync(committees.Select(c => c.Id).ToList(), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return committees.Select(c =>
        {
            // The open call if there is one, otherwise the latest (as the committee's page shows).
            var r = c.Recruitments.FirstOrDefault(x => x.IsOpen(now)) ?? c.Recruitments.MaxBy(x => x.OpensAtUtc);
            var recruitment = r is null ? null : new RecruitmentGraph(r.OpensAtUtc, r.ClosesAtUtc,
                now < r.OpensAtUtc ? "UPCOMING" : r.IsOpen(now) ? "OPEN" : "CLOSED", applicants.GetValueOrDefault(r.Id));
            return new CommitteeGraph(c, recruitment, names.GetValueOrDefault(c.Id) ?? []);
        }).ToList();
    }
}

public sealed record CommitteeGraph(Committee Committee, RecruitmentGraph? Recruitment, IReadOnlyList<string> Members);

public sealed record RecruitmentGraph(DateTime OpensAt, DateTime ClosesAt, string Status, int ApplicantCount);

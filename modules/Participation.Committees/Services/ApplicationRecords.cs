using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;
using Participation.Core.Me;

namespace Participation.Committees.Services;

/// <summary>Rows on /me: each application with its status (受付済 / 審査中 / 選考結果).</summary>
public sealed class ApplicationRecords(ParticipationDbContext db) : IParticipationRecordProvider
{
    public async Task<IReadOnlyList<ParticipationRecord>> GetForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await (from a in db.Set<Application>()
                          join r in db.Set<Recruitment>() on a.RecruitmentId equals r.Id
                          join c in db.Set<Committee>() on r.CommitteeId equals c.Id
                          where a.UserId == userId
                          select new { a.ReceiptNumber, a.Status, a.SubmittedAtUtc, c.Name, c.Id }).ToListAsync(cancellationToken);
        return rows.Select(x => new ParticipationRecord("Committees", "Committees.Me.Kind", x.Name, $"Committees.Status.{x.Status}",
            x.SubmittedAtUtc, $"/committees/{x.Id}", x.ReceiptNumber)).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;

using Participation.Core.Me;

namespace Participation.Consultations.Services;

/// <summary>
/// Rows on /me: each submission with its round's status and, once results are out, the answer (考え方)
/// given to the group its opinions were placed in; and each round the person follows.
/// </summary>
public sealed class ConsultationRecords(ParticipationDbContext db, TimeProvider clock) : IParticipationRecordProvider
{
    public async Task<IReadOnlyList<ParticipationRecord>> GetForUserAsync(string userId, CancellationToken ct)
    {
        var rows = await (from s in db.Set<Submission>().AsNoTracking()
                          join r in db.Set<ConsultationRound>() on s.RoundId equals r.Id
                          where s.UserId == userId
                          orderby s.CreatedAt descending
                          select new { Submission = s, Round = r }).ToListAsync(ct);
        var ids = rows.Select(x => x.Submission.Id).ToList();
        var answers = await (from o in db.Set<Opinion>().AsNoTracking()
                             join g in db.Set<OpinionGroup>() on o.GroupId equals g.Id
                             where ids.Contains(o.SubmissionId) && g.Answer != null
                             select new { o.SubmissionId, g.Answer }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var follows = await (from f in db.Set<RoundFollow>().AsNoTracking()
                             join r in db.Set<ConsultationRound>() on f.RoundId equals r.Id
                             where f.UserId == userId
                             orderby f.CreatedAt descending
                             select new { f.CreatedAt, Round = r }).ToListAsync(ct);
        var followed = follows.Select(x => new ParticipationRecord("Consultations", "RoundFollow.Me.Kind", x.Round.Title,
            RoundLifecycle.StatusKey(RoundLifecycle.Effective(x.Round, now)), x.CreatedAt,
            x.Round.Status == RoundStatus.ResultsPublished ? $"/rounds/{x.Round.Id}/results" : $"/rounds/{x.Round.Id}"));
        return rows.Select(x =>
        {
            var status = x.Submission.Status == SubmissionStatus.Withdrawn ? "Me.Submission.Withdrawn"
                : RoundLifecycle.StatusKey(RoundLifecycle.Effective(x.Round, now));
            var answer = x.Round.Status == RoundStatus.ResultsPublished
                ? string.Join("\n", answers.Where(a => a.SubmissionId == x.Submission.Id).Select(a => a.Answer).Distinct())
                : null;
            return new ParticipationRecord("Consultations", "Me.Submission.Kind", x.Round.Title, status, x.Submission.CreatedAt,
                $"/rounds/{x.Round.Id}/submissions/{x.Submission.ReceiptNumber.ToLowerInvariant()}",
                string.IsNullOrEmpty(answer) ? x.Submission.ReceiptNumber : $"{x.Submission.ReceiptNumber}　考え方：{answer}");
        }).Concat(followed).ToList();
    }
}

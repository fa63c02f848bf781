using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Me;
using Participation.Core.Privacy;

namespace Participation.Consultations.Services;

/// <summary>
/// A person's submissions, contact details and opinions. Erasure deletes the contact details and the link to
/// the account; the opinions stay in the round's record (the ordinance keeps every opinion and the city's answer),
/// masked by the redactor so nothing in them points back to the person.
/// </summary>
public sealed class ConsultationPersonalData(ParticipationDbContext db, IRedactor redactor) : IPersonalDataHandler
{
    public async Task<IReadOnlyList<PersonalDataSection>> ExportAsync(string userId, CancellationToken ct)
    {
        var rows = await (from s in db.Set<Submission>().AsNoTracking()
                          join r in db.Set<ConsultationRound>().AsNoTracking() on s.RoundId equals r.Id
                          join c in db.Set<SubmitterContact>().AsNoTracking() on s.Id equals c.SubmissionId into contacts
                          from c in contacts.DefaultIfEmpty()
                          where s.UserId == userId
                          orderby s.CreatedAt
                          select new { s, r.Title, c }).ToListAsync(ct);
        var ids = rows.Select(x => x.s.Id).ToList();
        var opinions = await db.Set<Opinion>().AsNoTracking().Where(o => ids.Contains(o.SubmissionId))
            .OrderBy(o => o.SubmissionId).ThenBy(o => o.Order).ToListAsync(ct);
        var receipts = rows.ToDictionary(x => x.s.Id, x => x.s.ReceiptNumber);
        var follows = await (from f in db.Set<RoundFollow>().AsNoTracking()
                             join r in db.Set<ConsultationRound>().AsNoTracking() on f.RoundId equals r.Id
                             where f.UserId == userId
                             orderby f.CreatedAt
                             select new { f.RoundId, r.Title, f.CreatedAt }).ToListAsync(ct);
        string C(object? v) => PersonalDataSection.Cell(v);
        return
        [
            new("consultations.submissions",
                ["receipt_number", "round_id", "round_title", "channel", "category", "status", "received_at", "name", "email", "phone", "address"],
                rows.Select(x => (IReadOnlyList<string>)[x.s.ReceiptNumber, C(x.s.RoundId), x.Title, C(x.s.Channel), C(x.s.Category), C(x.s.Status),
                    C(x.s.ReceivedAt), C(x.c?.Name), C(x.c?.Email), C(x.c?.Phone), C(x.c?.Address)]).ToList()),
            new("consultations.opinions", ["receipt_number", "section", "text", "published_text"],
                opinions.Select(o => (IReadOnlyList<string>)[receipts[o.SubmissionId], o.Section, o.Text, C(o.PublishedText)]).ToList()),
            new("consultations.follows", ["round_id", "round_title", "followed_at"],
                follows.Select(f => (IReadOnlyList<string>)[C(f.RoundId), f.Title, C(f.CreatedAt)]).ToList()),
        ];
    }

    public async Task<int> EraseAsync(string userId, CancellationToken ct)
    {
        var submissions = await db.Set<Submission>().Where(s => s.UserId == userId).ToListAsync(ct);
        var ids = submissions.Select(s => s.Id).ToList();
        var contacts = await db.Set<SubmitterContact>().Where(c => ids.Contains(c.SubmissionId)).ToListAsync(ct);
        db.Set<SubmitterContact>().RemoveRange(contacts);
        foreach (var s in submissions)
        {
            s.UserId = null;
            s.AccessTokenHash = null; // the mailed edit link stops working
        }
        var opinions = await db.Set<Opinion>().Where(o => ids.Contains(o.SubmissionId)).ToListAsync(ct);
        foreach (var o in opinions)
        {
            // The published wording (already reviewed by staff) stays as it is; the raw text is masked.
            o.Text = redactor.Redact(o.Text);
        }
        var follows = await db.Set<RoundFollow>().Where(f => f.UserId == userId).ToListAsync(ct);
        db.Set<RoundFollow>().RemoveRange(follows);
        return submissions.Count + contacts.Count + opinions.Count + follows.Count;
    }
}

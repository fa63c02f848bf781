using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;
using Participation.Core.Me;

namespace Participation.Committees.Services;

/// <summary>
/// A person's committee applications with name, e-mail and age. Erasure deletes the contact and the essay and
/// detaches the application; its profile (ward, age band, gender) stays so a lottery already drawn can still be
/// verified from the published seed.
/// </summary>
public sealed class CommitteePersonalData(ParticipationDbContext db) : IPersonalDataHandler
{
    public async Task<IReadOnlyList<PersonalDataSection>> ExportAsync(string userId, CancellationToken ct)
    {
        var rows = await (from a in db.Set<Application>().AsNoTracking().Include(a => a.Contact)
                          join r in db.Set<Recruitment>().AsNoTracking() on a.RecruitmentId equals r.Id
                          join c in db.Set<Committee>().AsNoTracking() on r.CommitteeId equals c.Id
                          where a.UserId == userId
                          orderby a.SubmittedAtUtc
                          select new { a, c.Name }).ToListAsync(ct);
        string C(object? v) => PersonalDataSection.Cell(v);
        return
        [
            new("committees.applications",
                ["receipt_number", "committee", "status", "submitted_at", "name", "email", "age", "age_band", "gender", "ward", "occupation", "essay"],
                rows.Select(x => (IReadOnlyList<string>)[x.a.ReceiptNumber, x.Name, C(x.a.Status), C(x.a.SubmittedAtUtc), C(x.a.Contact?.Name),
                    C(x.a.Contact?.Email), C(x.a.Contact?.Age), x.a.AgeBand, x.a.Gender, x.a.Ward, x.a.Occupation, x.a.Essay]).ToList()),
        ];
    }

    public async Task<int> EraseAsync(string userId, CancellationToken ct)
    {
        var applications = await db.Set<Application>().Include(a => a.Contact).Where(a => a.UserId == userId).ToListAsync(ct);
        foreach (var a in applications)
        {
            if (a.Contact is not null) db.Remove(a.Contact);
            a.UserId = null;
            a.Essay = "";
            a.Occupation = "";
        }
        return applications.Count;
    }
}

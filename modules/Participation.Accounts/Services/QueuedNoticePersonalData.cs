using Microsoft.EntityFrameworkCore;
using Participation.Accounts.Models;
using Participation.Core.Data;
using Participation.Core.Me;

namespace Participation.Accounts.Services;

/// <summary>Notices waiting for (or sent in) a person's digest: in their export, deleted with their account.</summary>
public sealed class QueuedNoticePersonalData(ParticipationDbContext db) : IPersonalDataHandler
{
    public async Task<IReadOnlyList<PersonalDataSection>> ExportAsync(string userId, CancellationToken ct)
    {
        var notices = await db.Set<QueuedNotice>().AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync(ct);
        return
        [
            new("accounts.digest_notices", ["kind", "subject", "text", "created_at", "sent_at"],
                notices.Select(n => (IReadOnlyList<string>)[n.Kind, n.Subject, n.Text, PersonalDataSection.Cell(n.CreatedAt), PersonalDataSection.Cell(n.SentAt)]).ToList()),
        ];
    }

    public async Task<int> EraseAsync(string userId, CancellationToken ct)
    {
        var notices = await db.Set<QueuedNotice>().Where(n => n.UserId == userId).ToListAsync(ct);
        db.RemoveRange(notices);
        return notices.Count;
    }
}

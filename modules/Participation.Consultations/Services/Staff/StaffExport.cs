using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// The staff working sheet of a round: one row per opinion with its group, 考え方 and 反映区分, for Excel.
/// Personal data columns are added only when the caller holds the permission for it.
/// </summary>
public sealed class StaffExport(ParticipationDbContext db, RoundQueries rounds, IStringLocalizer t)
{
    public async Task<List<string[]>> RowsAsync(int roundId, bool withPersonalData, CancellationToken ct)
    {
        var opinions = await db.Set<Opinion>().AsNoTracking().Include(o => o.Submission)
            .Where(o => o.RoundId == roundId).OrderBy(o => o.SubmissionId).ThenBy(o => o.Order).ToListAsync(ct);
        var groups = await db.Set<OpinionGroup>().AsNoTracking().Where(g => g.RoundId == roundId).ToDictionaryAsync(g => g.Id, ct);
        var wards = await rounds.WardNamesAsync(ct);
        var contacts = withPersonalData
            ? await (from c in db.Set<SubmitterContact>().AsNoTracking() join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                     where s.RoundId == roundId select c).ToDictionaryAsync(c => c.SubmissionId, ct)
            : [];
        var header = new List<string> { "受付番号", "受付日", "提出方法", "提出者区分", "区", "状態", "項目", "意見", "公表文", "非公表", "グループ", "考え方", "反映区分" };
        if (withPersonalData) header.AddRange(["氏名", "メール", "電話", "住所"]);
        var rows = new List<string[]> { header.ToArray() };
        foreach (var o in opinions)
        {
            var s = o.Submission;
            var g = o.GroupId is { } id ? groups.GetValueOrDefault(id) : null;
            var row = new List<string>
            {
                s.ReceiptNumber, Participation.Core.Time.TokyoTime.ToTokyo(s.ReceivedAt).ToString("yyyy-MM-dd"), t["Channel." + s.Channel],
                t["Category." + s.Category], s.WardId is { } w ? wards.GetValueOrDefault(w, "") : "",
                s.Status == SubmissionStatus.Withdrawn ? t["Me.Submission.Withdrawn"] : "", o.Section, o.Text, o.PublishedText ?? "",
                o.Withheld ? "○" : "", g?.Summary ?? "", g?.Answer ?? "", g?.Reflection ?? "",
            };
            if (withPersonalData && contacts.TryGetValue(s.Id, out var c)) row.AddRange([c.Name ?? "", c.Email ?? "", c.Phone ?? "", c.Address ?? ""]);
            else if (withPersonalData) row.AddRange(["", "", "", ""]);
            rows.Add(row.ToArray());
        }
        return rows;
    }
}

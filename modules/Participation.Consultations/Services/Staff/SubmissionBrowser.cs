using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Staff;

/// <summary>Filters for the staff list of a round's submissions. Opinion filters match a submission when any of its opinions does.</summary>
public sealed record SubmissionFilter(Channel? Channel, string? Section, bool? Grouped, bool? Withheld, int Page);

/// <summary>Reads submissions for staff screens. Personal data is read only by <see cref="ContactAsync"/>.</summary>
public sealed class SubmissionBrowser(ParticipationDbContext db)
{
    public const int PageSize = 30;

    public async Task<SubmissionPage> ListAsync(int roundId, SubmissionFilter f, CancellationToken ct)
    {
        var query = db.Set<Submission>().AsNoTracking().Where(s => s.RoundId == roundId);
        if (f.Channel is { } channel) query = query.Where(s => s.Channel == channel);
        if (!string.IsNullOrEmpty(f.Section)) query = query.Where(s => s.Opinions.Any(o => o.Section == f.Section));
        if (f.Grouped == true) query = query.Where(s => s.Opinions.Any(o => o.GroupId != null));
        if (f.Grouped == false) query = query.Where(s => s.Opinions.Any(o => o.GroupId == null && !o.Withheld));
        if (f.Withheld is { } withheld) query = query.Where(s => s.Opinions.Any(o => o.Withheld == withheld));
        var total = await query.CountAsync(ct);
        var page = Math.Clamp(f.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(s => s.ReceivedAt).ThenByDescending(s => s.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new SubmissionRow(s.Id, s.ReceiptNumber, s.Channel, s.Category, s.ReceivedAt, s.Status,
                s.EnteredBy != null, s.Opinions.Count, s.Opinions.Count(o => o.GroupId != null), s.Opinions.Count(o => o.Withheld),
                s.Opinions.OrderBy(o => o.Order).Select(o => o.Text).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
        return new SubmissionPage(rows, total, page, Math.Max(1, (total + PageSize - 1) / PageSize));
    }

    public Task<Submission?> FindAsync(int roundId, string receipt, CancellationToken ct) =>
        db.Set<Submission>().AsNoTracking().Include(s => s.Opinions.OrderBy(o => o.Order))
            .FirstOrDefaultAsync(s => s.RoundId == roundId && s.ReceiptNumber == receipt.ToUpperInvariant(), ct);

    /// <summary>The submitter's personal data; callers check the permission first.</summary>
    public Task<SubmitterContact?> ContactAsync(int submissionId, CancellationToken ct) =>
        db.Set<SubmitterContact>().AsNoTracking().FirstOrDefaultAsync(c => c.SubmissionId == submissionId, ct);

    public async Task<Dictionary<int, string>> GroupSummariesAsync(int roundId, CancellationToken ct) =>
        await db.Set<OpinionGroup>().AsNoTracking().Where(g => g.RoundId == roundId).ToDictionaryAsync(g => g.Id, g => g.Summary, ct);
}

public sealed record SubmissionRow(int Id, string Receipt, Channel Channel, SubmitterCategory Category, DateTime ReceivedAt,
    SubmissionStatus Status, bool ProxyEntry, int Opinions, int Grouped, int Withheld, string FirstText);

public sealed record SubmissionPage(IReadOnlyList<SubmissionRow> Rows, int Total, int Page, int Pages);

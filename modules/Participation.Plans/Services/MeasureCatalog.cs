using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Plans;
using Participation.Core.Privacy;
using Participation.Plans.Models;

namespace Participation.Plans.Services;

/// <summary>The plans module's side of <see cref="IMeasureCatalog"/>.</summary>
public sealed class MeasureCatalog(ParticipationDbContext db, IRedactor redactor, IAuditLog audit, TimeProvider clock) : IMeasureCatalog
{
    public async Task<IReadOnlyList<MeasureInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (from m in db.Set<PlanMeasure>().AsNoTracking()
                          join p in db.Set<Plan>().AsNoTracking() on m.PlanId equals p.Id
                          where p.IsPublished && m.Level != PlanLevel.PolicyArea
                          orderby p.SortOrder, p.Id, m.SortOrder, m.Id
                          select new { m.Id, m.Code, m.Title, m.Description, m.PlanId, PlanTitle = p.Title, m.Department, m.WardId })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MeasureInfo(r.Id, r.Code, r.Title, r.Description, r.PlanId, r.PlanTitle, r.Department,
            r.WardId, $"/plans/measures/{r.Id}")).ToList();
    }

    public async Task LinkVoiceAsync(VoiceLinkRequest request, CancellationToken cancellationToken)
    {
        if (!VoiceSourceTypes.All.Contains(request.SourceType))
            throw new ArgumentException($"Unknown source type {request.SourceType}.", nameof(request));
        if (!await db.Set<PlanMeasure>().AnyAsync(m => m.Id == request.MeasureId, cancellationToken))
            throw new ArgumentException($"No measure {request.MeasureId}.", nameof(request));
        var link = await db.Set<MeasureVoiceLink>().FirstOrDefaultAsync(v => v.MeasureId == request.MeasureId
            && v.SourceType == request.SourceType && v.SourceId == request.SourceId, cancellationToken);
        if (link is null)
        {
            link = new MeasureVoiceLink { MeasureId = request.MeasureId, SourceType = request.SourceType, SourceId = request.SourceId, Title = "" };
            db.Add(link);
        }
        link.Title = Limit(request.Title, 200);
        link.Url = SafeUrl(request.Url);
        link.Count = Math.Max(0, request.Count);
        link.RepresentativeText = Limit(redactor.Redact(request.RepresentativeText ?? ""), 2000);
        link.LinkedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("plan.voice-linked", "plan-measure", request.MeasureId, $"{request.SourceType}:{request.SourceId}");
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..max];

    /// <summary>Only root-relative links: a voice link never points off-site.</summary>
    public static string SafeUrl(string? url) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//") && url.Length <= 400 ? url : "";
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Summaries.Models;

namespace Participation.Summaries.Services;

/// <summary>The digest's Liquid text per language: the staff's saved version, or the default from the strings file.</summary>
public sealed class DigestTemplates(ParticipationDbContext db, IStringLocalizer t, IAuditLog audit, TimeProvider clock)
{
    public static string CultureKey(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? "en" : "ja";

    /// <summary>Subject and body for the current UI culture.</summary>
    public async Task<(string Subject, string Body)> CurrentAsync(CancellationToken ct)
    {
        var key = CultureKey(CultureInfo.CurrentUICulture);
        var saved = await db.Set<DigestTemplate>().AsNoTracking().FirstOrDefaultAsync(x => x.Culture == key, ct);
        return saved is null ? (t["Digest.Default.Subject"].Value, t["Digest.Default.Body"].Value) : (saved.Subject, saved.Body);
    }

    public async Task SaveAsync(string culture, string subject, string body, string? userId, CancellationToken ct)
    {
        var row = await db.Set<DigestTemplate>().FirstOrDefaultAsync(x => x.Culture == culture, ct);
        if (row is null) db.Add(row = new DigestTemplate { Culture = culture, Subject = subject, Body = body });
        row.Subject = subject;
        row.Body = body;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = userId;
        audit.Record("digest.template.saved", "digest-template", culture, $"{body.Length} chars");
        await db.SaveChangesAsync(ct);
    }
}

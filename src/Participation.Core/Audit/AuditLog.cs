using Microsoft.AspNetCore.Http;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Core.Audit;

public sealed class AuditLog(ParticipationDbContext db, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public void Record(string action, string entityType, object entityId, string? details = null) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = http.HttpContext?.User.UserId(),
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Details = details,
        });
}

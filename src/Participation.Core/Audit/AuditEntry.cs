namespace Participation.Core.Audit;

/// <summary>
/// One state change a person caused: who, when, what, on which record. Append-only: the
/// <see cref="AppendOnlyAuditInterceptor"/> refuses to save an update or delete of an entry.
/// Details never carry personal data — ids and field names, not values.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    /// <summary>The user id, or null for the system (jobs) and anonymous residents.</summary>
    public string? UserId { get; set; }
    /// <summary>What happened, as a dotted verb: <c>round.opened</c>, <c>user.roles-changed</c>.</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Details { get; set; }
}

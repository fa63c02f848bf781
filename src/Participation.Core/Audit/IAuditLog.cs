namespace Participation.Core.Audit;

/// <summary>Records state changes. The entry is added to the current unit of work and saved with it.</summary>
public interface IAuditLog
{
    /// <summary>Adds an entry for the current user; call before <c>SaveChangesAsync</c>.</summary>
    void Record(string action, string entityType, object entityId, string? details = null);
}

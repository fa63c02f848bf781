using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Participation.Core.Data;

/// <summary>Which database a context talks to, for modules that do not reference a provider package.</summary>
public static class DatabaseProvider
{
    /// <summary>True on SQLite (the provider's own <c>IsSqlite()</c> needs its package; this reads the same name).</summary>
    public static bool IsSqliteProvider(this DatabaseFacade database) =>
        database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
}

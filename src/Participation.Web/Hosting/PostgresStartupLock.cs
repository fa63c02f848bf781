using Npgsql;

namespace Participation.Web.Hosting;

/// <summary>
/// A session-level PostgreSQL advisory lock held while one node migrates the schema and runs the recipes;
/// released when disposed (or when the node dies, since the lock belongs to its connection).
/// </summary>
internal sealed class PostgresStartupLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long lockId;

    private PostgresStartupLock(NpgsqlConnection connection, long lockId) => (this.connection, this.lockId) = (connection, lockId);

    /// <summary>
    /// Waits for the lock. It is taken in the server's maintenance database, because on a first start the site's
    /// own database does not exist yet (the node holding the lock creates it); the id is derived from the
    /// site's database name so two sites on one server don't wait for each other.
    /// </summary>
    public static async Task<PostgresStartupLock> AcquireAsync(string connectionString)
    {
        var site = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        var lockId = LockIdFor(site.Database ?? site.Username ?? "participation");
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@id)", connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("id", lockId);
        await command.ExecuteNonQueryAsync();
        return new PostgresStartupLock(connection, lockId);
    }

    /// <summary>A stable 63-bit id from the database name (FNV-1a), not string.GetHashCode, which differs per process.</summary>
    private static long LockIdFor(string database)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in "participation-startup:" + database) { hash ^= c; hash *= 1099511628211UL; }
        return (long)(hash & long.MaxValue);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@id)", connection);
            command.Parameters.AddWithValue("id", lockId);
            await command.ExecuteNonQueryAsync();
        }
        finally { await connection.DisposeAsync(); }
    }
}

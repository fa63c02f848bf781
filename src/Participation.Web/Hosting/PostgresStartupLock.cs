using Npgsql;

namespace Participation.Web.Hosting;

/// <summary>
/// A session-level PostgreSQL advisory lock held while one node migrates the schema and runs the recipes;
/// released when disposed (or when the node dies, since the lock belongs to its connection).
/// </summary>
internal sealed class PostgresStartupLock : IAsyncDisposable
{
    // An arbitrary constant shared by every node of the site ("PART" in ASCII).
    private const long LockId = 0x50415254;
    private readonly NpgsqlConnection connection;

    private PostgresStartupLock(NpgsqlConnection connection) => this.connection = connection;

    public static async Task<PostgresStartupLock> AcquireAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockId})", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
        return new PostgresStartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockId})", connection);
            await command.ExecuteNonQueryAsync();
        }
        finally { await connection.DisposeAsync(); }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// The writer's database session, kept from batch to batch while submissions keep coming (a peak) and closed when
/// the queue runs dry or a batch fails. On SQLite its connection stays open (commits made durable as
/// <see cref="OpenAsync"/> describes), and each table's single-row INSERT is prepared once and then only bound and run
/// for each row (see <see cref="RowInserter"/>).
/// </summary>
internal sealed class WriterSession(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private readonly AsyncServiceScope scope = scopes.CreateAsyncScope();
    private bool opened;

    public IServiceProvider Services => scope.ServiceProvider;

    public ParticipationDbContext Db => field ??= scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();

    /// <summary>Prepared single-row INSERTs, one per entity type, while the connection stays open; null where the provider has none.</summary>
    public PreparedInserts? Inserts { get; private set; }

    /// <summary>SQLite in WAL mode: the database file whose log the writer flushes itself (see <see cref="WalFlusher"/>).</summary>
    public string? WalDatabase { get; private set; }

    /// <summary>
    /// SQLite: opens the connection for the session. In WAL mode its commits run with <c>synchronous=NORMAL</c> and
    /// the writer answers a batch only once <see cref="WalFlusher"/> has flushed the log; otherwise with
    /// <c>synchronous=FULL</c>, whatever the pool left on it. Either way a receipt is given only once its rows are on
    /// disk, and the fsync costs one per batch (or fewer), not one per submission.
    /// </summary>
    public async Task OpenAsync()
    {
        if (opened || !Db.Database.IsSqliteProvider()) return;
        await Db.Database.OpenConnectionAsync();
        var connection = Db.Database.GetDbConnection();
        await using (var mode = connection.CreateCommand())
        {
            mode.CommandText = "PRAGMA journal_mode;";
            WalDatabase = string.Equals(await mode.ExecuteScalarAsync() as string, "wal", StringComparison.OrdinalIgnoreCase)
                ? connection.DataSource : null;
        }
        await Db.Database.ExecuteSqlRawAsync(WalDatabase is null ? "PRAGMA synchronous=FULL;"
            : "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;"); // the WalCheckpointer copies the log meanwhile
        if (Services.GetService<IRowStatements>() is { } statements) Inserts = new PreparedInserts(statements, connection);
        opened = true;
    }

    public async ValueTask DisposeAsync()
    {
        // Before the connection goes back to the pool: its statements, and SQLite's own checkpoints as elsewhere.
        Inserts?.Dispose();
        Inserts = null;
        try
        {
            if (WalDatabase is not null) await Db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint=1000;");
        }
        finally
        {
            await scope.DisposeAsync();
        }
    }
}

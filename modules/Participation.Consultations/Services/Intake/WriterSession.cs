using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// The writer's database session, kept from batch to batch while submissions keep coming (a peak) and closed when
/// the queue runs dry or a batch fails. On SQLite its connection stays open with <c>synchronous=FULL</c>, and each
/// table's single-row INSERT is prepared once and then only bound and run for each row (see <see cref="RowInserter"/>).
/// </summary>
internal sealed class WriterSession(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private readonly AsyncServiceScope scope = scopes.CreateAsyncScope();
    private bool opened;

    public IServiceProvider Services => scope.ServiceProvider;

    public ParticipationDbContext Db => field ??= scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();

    /// <summary>Prepared INSERT per entity type, valid while the connection stays open (SQLite only).</summary>
    public Dictionary<Type, DbCommand> Inserts { get; } = [];

    /// <summary>
    /// SQLite: opens the connection for the session, with <c>synchronous=FULL</c> whatever the pool left on it (the
    /// site's default is NORMAL, which in WAL mode survives a killed process but not a power cut): a receipt is given
    /// only once its rows are on disk, and the fsync costs one per batch, not one per submission.
    /// </summary>
    public async Task OpenAsync()
    {
        if (opened || !Db.Database.IsSqliteProvider()) return;
        await Db.Database.OpenConnectionAsync();
        await Db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL;");
        opened = true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in Inserts.Values) await command.DisposeAsync();
        Inserts.Clear();
        await scope.DisposeAsync();
    }
}

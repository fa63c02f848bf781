using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Participation.Consultations.Services.Intake;

namespace Participation.Tests.Consultations.Intake;

/// <summary>
/// On SQLite the writer's connection leaves checkpoints to <see cref="WalCheckpointer"/>'s thread. A writer committing
/// back to back never lets the log restart by itself; pausing for one pass whenever the checkpointer asks keeps the
/// log short, where it would otherwise hold everything written.
/// </summary>
public sealed class WalCheckpointTests
{
    private const int Bound = 100;

    [Fact]
    public async Task A_writer_committing_back_to_back_keeps_the_log_short_by_waiting_for_a_pass_when_asked()
    {
        // 3,000 transactions of 3 pages: without the pause the log holds them all (~37 MB); with it, the log restarts
        // whenever it has passed the bound, so it holds about what is written while one pass runs.
        var without = await LargestLogAsync(waitWhenAsked: false);
        var with = await LargestLogAsync(waitWhenAsked: true);
        Assert.True(without > 6_000 * 4120L, $"without the pause the log reached {without:N0} bytes");
        Assert.True(with < without / 3, $"with the pause the log reached {with:N0} bytes, without {without:N0}");
    }

    private static async Task<long> LargestLogAsync(bool waitWhenAsked)
    {
        using var site = new IntakeSiteFactory();
        site.CreateClient().Dispose(); // migrated, demo data in, WAL mode
        var file = Path.Combine(site.AppData, "participation.db");
        var checkpointer = new WalCheckpointer(site.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger.Instance,
            TimeSpan.FromMilliseconds(5), Bound);
        await using var writer = new SqliteConnection($"Data Source={file};Pooling=False");
        writer.Open();
        Execute(writer, "PRAGMA wal_autocheckpoint=0; PRAGMA synchronous=NORMAL; CREATE TABLE scratch (x BLOB);");
        long largest = 0;
        for (var t = 0; t < 3000; t++)
        {
            if (waitWhenAsked && checkpointer.WantsRestart) await checkpointer.CatchUpAsync();
            Execute(writer, "BEGIN IMMEDIATE; INSERT INTO scratch VALUES (randomblob(3000)), (randomblob(3000)), (randomblob(3000)); COMMIT;");
            checkpointer.Committed();
            largest = Math.Max(largest, new FileInfo(file + "-wal").Length);
        }
        await checkpointer.StopAsync();
        Assert.Equal(9000L, Scalar(writer, "SELECT count(*) FROM scratch"));
        return largest;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}

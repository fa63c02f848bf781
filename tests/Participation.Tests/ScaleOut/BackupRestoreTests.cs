using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Participation.Tests.Infrastructure;
using Xunit;

namespace Participation.Tests.ScaleOut;

/// <summary>scripts/backup.sh and scripts/restore.sh, run as an operator would, on a site with demo data.</summary>
public sealed class BackupRestoreTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task A_sqlite_backup_taken_while_the_site_runs_restores_every_row()
    {
        factory.CreateClient(); // the site is up, with its database open in WAL mode
        var database = Path.Combine(factory.AppData, "participation.db");
        var work = Directory.CreateTempSubdirectory("participation-backup").FullName;
        try
        {
            var backup = (await Script("backup.sh", "--sqlite", database, "--out", work)).Trim();
            Assert.EndsWith(".db", backup);
            var restored = Path.Combine(work, "restored", "participation.db");
            await Script("restore.sh", backup, "--sqlite", restored);

            var original = await SqliteCounts(database);
            Assert.True(original.Count > 20 && original.Values.Sum() > 500, "the demo site should have many rows");
            Assert.Equal(original, await SqliteCounts(restored));
        }
        finally { Directory.Delete(work, true); }
    }

    [PostgresFact]
    public async Task A_postgres_dump_restores_every_row_into_a_new_database()
    {
        var source = PostgresFactAttribute.NewDatabase();
        using (var site = new DemoSiteFactory())
        {
            site.Settings["Participation:Database:Provider"] = "Postgres";
            site.Settings["Participation:Database:ConnectionString"] = source;
            site.CreateClient();
        }
        var target = PostgresFactAttribute.NewDatabase();
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(target).Database}\"", admin).ExecuteNonQueryAsync();
        }
        var work = Directory.CreateTempSubdirectory("participation-backup").FullName;
        try
        {
            var backup = (await Script("backup.sh", "--postgres", LibpqInfo(source), "--out", work)).Trim();
            Assert.EndsWith(".dump", backup);
            await Script("restore.sh", backup, "--postgres", LibpqInfo(target));
            var original = await PostgresCounts(source);
            Assert.True(original.Count > 20 && original.Values.Sum() > 500, "the demo site should have many rows");
            Assert.Equal(original, await PostgresCounts(target));
        }
        finally { Directory.Delete(work, true); }
    }

    private static string LibpqInfo(string npgsql)
    {
        var b = new NpgsqlConnectionStringBuilder(npgsql);
        return $"host={b.Host} port={b.Port} user={b.Username} dbname={b.Database}";
    }

    private static async Task<SortedDictionary<string, long>> SqliteCounts(string file)
    {
        var counts = new SortedDictionary<string, long>();
        await using var db = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        var tables = new List<string>();
        await using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'", db))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        foreach (var table in tables)
            counts[table] = (long)(await new SqliteCommand($"SELECT count(*) FROM \"{table}\"", db).ExecuteScalarAsync())!;
        return counts;
    }

    private static async Task<SortedDictionary<string, long>> PostgresCounts(string connectionString)
    {
        var counts = new SortedDictionary<string, long>();
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", db))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        foreach (var table in tables)
            counts[table] = (long)(await new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", db).ExecuteScalarAsync())!;
        return counts;
    }

    private static async Task<string> Script(string name, params string[] args)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Participation.sln"))) dir = dir.Parent;
        var info = new ProcessStartInfo("bash", [Path.Combine(dir!.FullName, "scripts", name), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{name} failed: {await error}");
        return await output;
    }
}

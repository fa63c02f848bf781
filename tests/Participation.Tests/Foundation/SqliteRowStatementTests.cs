using System.Data.Common;
using Microsoft.Data.Sqlite;
using Participation.Web.Data;

namespace Participation.Tests.Foundation;

/// <summary>
/// The submission writer's statements bound through SQLite's own API must store each value exactly as
/// Microsoft.Data.Sqlite does (what every other query of the site reads back), refuse a row with the provider's
/// error, stay usable after that, and refuse a type they have no stored form for.
/// </summary>
public sealed class SqliteRowStatementTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public SqliteRowStatementTests()
    {
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, a, b, c, d, e, f, g, h, i, j, k);
            """;
        create.ExecuteNonQuery();
    }

    private static readonly object?[] Values =
    [
        null, "生 書込\n改行", 42, 9_000_000_000L, true, (short)7,
        new DateTime(2026, 12, 7, 9, 30, 5, 120, DateTimeKind.Utc), new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        DayOfWeek.Friday, 0.125, new byte[] { 0, 1, 255 },
    ];

    [Fact]
    public void Stores_every_value_as_Microsoft_Data_Sqlite_stores_it_and_returns_the_key()
    {
        using var statement = new SqliteRowStatements().Prepare(connection, Insert + " RETURNING id")!;
        var id = statement.Run(["raw", .. Values]);

        using (var command = connection.CreateCommand())
        {
            command.CommandText = Insert;
            command.Parameters.AddWithValue("@p0", "ado");
            for (var i = 0; i < Values.Length; i++) command.Parameters.AddWithValue($"@p{i + 1}", Values[i] ?? DBNull.Value);
            command.ExecuteNonQuery();
        }

        Assert.Equal(1, id);
        Assert.Equal(Stored("ado"), Stored("raw"));
        Assert.Contains("'2026-12-07 09:30:05.12'", Stored("raw"));
    }

    [Fact]
    public void Stores_any_date_as_Microsoft_Data_Sqlite_writes_it()
    {
        using var statement = new SqliteRowStatements().Prepare(connection, "INSERT INTO t (name, a) VALUES (@p0, @p1)")!;
        var random = new Random(20261207);
        var dates = new List<DateTime> { DateTime.MinValue, DateTime.MaxValue, new(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 12, 7, 23, 59, 59, DateTimeKind.Utc).AddTicks(1), new DateTime(999, 1, 1).AddTicks(1_000_000) };
        for (var i = 0; i < 300; i++) dates.Add(new DateTime(random.NextInt64(DateTime.MaxValue.Ticks), DateTimeKind.Utc));
        for (var i = 0; i < 100; i++) dates.Add(new DateTime(random.NextInt64(DateTime.MaxValue.Ticks) / 10_000 * 10_000, DateTimeKind.Utc));
        for (var i = 0; i < dates.Count; i++) statement.Run([$"raw{i}", dates[i]]);

        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO t (name, a) VALUES (@name, @a)";
        for (var i = 0; i < dates.Count; i++)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("@name", $"ado{i}");
            command.Parameters.AddWithValue("@a", dates[i]);
            command.ExecuteNonQuery();
        }
        for (var i = 0; i < dates.Count; i++) Assert.Equal(Stored($"ado{i}"), Stored($"raw{i}"));
    }

    [Fact]
    public void A_refused_row_throws_the_providers_error_and_the_statement_goes_on_with_the_next()
    {
        using var statement = new SqliteRowStatements().Prepare(connection, Insert)!;
        Assert.Null(statement.Run(["same", .. Values]));

        var refused = Assert.ThrowsAny<DbException>(() => statement.Run(["same", .. Values]));
        Assert.Equal(19, Assert.IsType<SqliteException>(refused).SqliteErrorCode); // SQLITE_CONSTRAINT
        statement.Run(["next", .. Values]);
        Assert.Equal(2, Count());
    }

    [Fact]
    public void A_value_without_a_stored_form_here_is_refused_before_anything_is_written()
    {
        using var statement = new SqliteRowStatements().Prepare(connection, Insert)!;
        object?[] values = ["guid", .. Values];
        values[3] = Guid.NewGuid();

        var refused = Assert.Throws<NotSupportedException>(() => statement.Run(values));
        Assert.Contains("Guid", refused.Message);
        Assert.Equal(0, Count());
    }

    [Fact]
    public void Another_providers_connection_gets_no_statement()
    {
        Assert.Null(new SqliteRowStatements().Prepare(new Npgsql.NpgsqlConnection(), "SELECT 1"));
    }

    private const string Insert = "INSERT INTO t (name, a, b, c, d, e, f, g, h, i, j, k) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)";

    /// <summary>Every column of one row as SQLite holds it: storage class and literal.</summary>
    private string Stored(string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(" || ' ' || ", "abcdefghijk".Select(c => $"typeof({c}) || ':' || quote({c})")) + " FROM t WHERE name = @name";
        command.Parameters.AddWithValue("@name", key);
        return (string)command.ExecuteScalar()!;
    }

    private long Count()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => connection.Dispose();
}

namespace Participation.Tests.Infrastructure;

/// <summary>
/// A test that needs PostgreSQL. scripts/test.sh starts Debian's PostgreSQL and sets
/// <c>PARTICIPATION_TEST_POSTGRES</c>; without it (a bare <c>dotnet test</c>) the test is skipped.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "PARTICIPATION_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"{Variable} is not set (scripts/test.sh starts PostgreSQL and sets it).";
    }

    /// <summary>A connection string to a new, empty database on the test server.</summary>
    public static string NewDatabase()
    {
        var baseConnection = Environment.GetEnvironmentVariable(Variable)!;
        return $"{baseConnection};Database=participation_test_{Guid.NewGuid():N}";
    }
}

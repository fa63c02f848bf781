using Participation.Tests.Infrastructure;

namespace Participation.Tests.ScaleOut;

/// <summary>
/// A test that needs PostgreSQL and Redis: scripts/test.sh starts both (Debian packages) and sets
/// <c>PARTICIPATION_TEST_POSTGRES</c> and <c>PARTICIPATION_TEST_REDIS</c>; without them the test is skipped.
/// </summary>
public sealed class ScaleOutFactAttribute : FactAttribute
{
    public const string RedisVariable = "PARTICIPATION_TEST_REDIS";

    public ScaleOutFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable))
            || string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RedisVariable)))
            Skip = $"{PostgresFactAttribute.Variable} and {RedisVariable} are not set (scripts/test.sh starts both servers).";
    }

    public static string Redis => Environment.GetEnvironmentVariable(RedisVariable)!;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Participation.Web.Data;

/// <summary>Used by <c>dotnet ef migrations add … --context SqliteParticipationDbContext</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteParticipationDbContext>
{
    public SqliteParticipationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteParticipationDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Used by <c>dotnet ef migrations add … --context PostgresParticipationDbContext</c>.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresParticipationDbContext>
{
    public PostgresParticipationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresParticipationDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

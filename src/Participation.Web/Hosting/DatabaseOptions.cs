namespace Participation.Web.Hosting;

/// <summary><c>Participation:Database</c>: <c>Sqlite</c> (default) or <c>Postgres</c> with a connection string.</summary>
internal sealed class DatabaseOptions
{
    public string Provider { get; set; } = "Sqlite";
    public string? ConnectionString { get; set; }

    public static DatabaseOptions From(IConfiguration configuration) =>
        configuration.GetSection("Participation:Database").Get<DatabaseOptions>() ?? new();

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);
}

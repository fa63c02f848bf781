namespace Participation.Web.Hosting;

/// <summary><c>Participation:Database</c>: <c>Sqlite</c> (default) or <c>Postgres</c> with a connection string.</summary>
internal sealed class DatabaseOptions
{
    public string Provider { get; set; } = "Sqlite";
    public string? ConnectionString { get; set; }

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);
}

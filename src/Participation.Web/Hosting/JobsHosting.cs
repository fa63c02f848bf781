using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Participation.Core.Identity;

namespace Participation.Web.Hosting;

/// <summary>Hangfire: in memory on the SQLite default, on PostgreSQL when scaled out so any node takes any job.</summary>
internal static class JobsHosting
{
    public static void AddParticipationJobs(this WebApplicationBuilder builder)
    {
        var database = DatabaseOptions.From(builder.Configuration);
        builder.Services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (database.IsPostgres)
                c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString), new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(2) });
            else
                c.UseInMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });
        });
        if (builder.Configuration.GetValue("Participation:Jobs:RunServer", true))
            builder.Services.AddHangfireServer(o => o.WorkerCount = builder.Configuration.GetValue("Participation:Jobs:Workers", 2));
    }

    public static void MapParticipationJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            AppPath = "/",
            DisplayStorageConnectionString = false,
        });

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Administrator);
    }
}

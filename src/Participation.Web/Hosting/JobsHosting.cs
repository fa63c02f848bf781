using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Participation.Core.Identity;

namespace Participation.Web.Hosting;

/// <summary>
/// Hangfire: in memory on the SQLite default, on PostgreSQL when scaled out so any node takes any job.
/// The storage and the job activator are this host's own services, registered before AddHangfire (which only
/// adds them when missing): Hangfire's static defaults are per process, and a process holding two hosts (tests
/// of two nodes) would otherwise run the first host's jobs with the last host's storage and disposed services.
/// </summary>
internal static class JobsHosting
{
    public static void AddParticipationJobs(this WebApplicationBuilder builder)
    {
        var database = DatabaseOptions.From(builder.Configuration);
        var poll = TimeSpan.FromSeconds(Math.Clamp(builder.Configuration.GetValue("Participation:Jobs:PollSeconds", 2.0), 0.1, 60));
        builder.Services.AddSingleton<JobStorage>(_ => database.IsPostgres ? PostgresStorage(database.ConnectionString, poll) : InMemory());
        builder.Services.AddSingleton<JobActivator>(s => new AspNetCoreJobActivator(s.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (builder.Configuration.GetValue("Participation:Jobs:RunServer", true))
            builder.Services.AddHangfireServer(o =>
            {
                o.WorkerCount = builder.Configuration.GetValue("Participation:Jobs:Workers", 2);
                o.SchedulePollingInterval = poll;
                var node = builder.Configuration["Participation:NodeName"];
                if (!string.IsNullOrWhiteSpace(node)) o.ServerName = node;
            });
    }

    private static PostgreSqlStorage PostgresStorage(string connectionString, TimeSpan poll)
    {
        var options = new PostgreSqlStorageOptions { QueuePollInterval = poll };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    private static InMemoryStorage InMemory() => new(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });

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

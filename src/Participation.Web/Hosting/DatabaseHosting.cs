using Microsoft.EntityFrameworkCore;
using Participation.Core;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Files;
using Participation.Core.Recipes;
using Participation.Web.Caching;
using Participation.Web.Data;

namespace Participation.Web.Hosting;

internal static class DatabaseHosting
{
    /// <summary>
    /// The context is per scope and comes from a pool, its options built once: building options and a new context per
    /// scope cost every request a few microseconds for nothing (3 % of the server's time in the submission benchmark).
    /// The context keeps no state of its own, and EF resets the change tracker and connection on its return to the pool.
    /// </summary>
    public static void AddParticipationDatabase(this WebApplicationBuilder builder)
    {
        var options = DatabaseOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<AppendOnlyAuditInterceptor>();
        if (options.IsPostgres)
        {
            var cs = options.ConnectionString ?? throw new InvalidOperationException(
                "Participation:Database:Provider is Postgres but Participation:Database:ConnectionString is empty.");
            builder.Services.AddDbContextPool<PostgresParticipationDbContext>((sp, o) => o.UseNpgsql(cs)
                .AddInterceptors(sp.GetRequiredService<AppendOnlyAuditInterceptor>(), sp.GetRequiredService<PageCacheEviction>()));
            builder.Services.AddScoped<ParticipationDbContext>(sp => sp.GetRequiredService<PostgresParticipationDbContext>());
        }
        else
        {
            var cs = options.ConnectionString ?? $"Data Source={Path.Combine(AppDataRoot(builder), "participation.db")}";
            builder.Services.AddDbContextPool<SqliteParticipationDbContext>((sp, o) => o.UseSqlite(cs, s => s.CommandTimeout(60))
                .AddInterceptors(sp.GetRequiredService<AppendOnlyAuditInterceptor>(), sp.GetRequiredService<PageCacheEviction>()));
            builder.Services.AddScoped<ParticipationDbContext>(sp => sp.GetRequiredService<SqliteParticipationDbContext>());
            builder.Services.AddSingleton<IRowStatements, SqliteRowStatements>();
        }
    }

    /// <summary>The App_Data folder, relative to the content root unless absolute.</summary>
    public static string AppDataRoot(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[$"{ParticipationOptions.Section}:AppData"] ?? "App_Data";
        var root = Path.IsPathRooted(configured) ? configured : Path.Combine(builder.Environment.ContentRootPath, configured);
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>
    /// Applies migrations (both providers), switches SQLite to WAL, then runs the recipes. Scaled out, nodes
    /// start at the same time: on PostgreSQL an advisory lock lets one node migrate and seed while the others wait.
    /// </summary>
    public static async Task MigrateAndRunRecipesAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using var startupLock = options.IsPostgres ? await PostgresStartupLock.AcquireAsync(options.ConnectionString!) : null;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;");
            }
        }
        var demo = app.Configuration.GetValue($"{ParticipationOptions.Section}:DemoData", true);
        await app.Services.GetRequiredService<RecipeRunner>().RunAsync(demo);
    }
}

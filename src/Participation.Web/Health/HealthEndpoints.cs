using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Participation.Web.Health;

internal static class HealthEndpoints
{
    public static void AddParticipationHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

    /// <summary><c>GET /health</c>: liveness and the database, as JSON with <c>"status":"Healthy"</c>.</summary>
    public static void MapParticipationHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await JsonSerializer.SerializeAsync(context.Response.Body, new
                {
                    status = report.Status.ToString(),
                    durationMs = report.TotalDuration.TotalMilliseconds,
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                });
            },
        }).DisableRateLimiting();
}

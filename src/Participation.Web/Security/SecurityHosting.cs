using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Participation.Core;
using StackExchange.Redis;

namespace Participation.Web.Security;

internal static class SecurityHosting
{
    public static void AddParticipationSecurity(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection($"{ParticipationOptions.Section}:RateLimiting").Get<RateLimitOptions>() ?? new();
        var exempt = new ExemptNetworks(options.ExemptNetworks);
        builder.Services.AddSingleton(exempt);

        var maxBody = builder.Configuration.GetValue<long?>($"{ParticipationOptions.Section}:MaxRequestBytes") ?? 32L * 1024 * 1024;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = maxBody;
            k.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = maxBody;
            f.ValueLengthLimit = 1024 * 1024;
            f.ValueCountLimit = 2048;
        });

        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = ".participation.af";
            a.FormFieldName = "__RequestVerificationToken";
            a.HeaderName = "X-CSRF-TOKEN";
        });

        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.OnRejected = async (ctx, _) =>
            {
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    ctx.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString();
                // API clients get the same problem+json as every other API error.
                if (ctx.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    var t = ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer>();
                    await Results.Problem(title: t["Api.Error.RateLimited"], statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(ctx.HttpContext);
                }
            };
            AddWindow(r, RateLimitPolicies.SignIn, options.SignIn, exempt);
            AddWindow(r, RateLimitPolicies.Register, options.Register, exempt);
            AddWindow(r, RateLimitPolicies.Submit, options.Submit, exempt);
            AddWindow(r, RateLimitPolicies.Api, options.Api, exempt);
        });
    }

    private static void AddWindow(RateLimiterOptions r, string name, RateLimitOptions.WindowLimit limit, ExemptNetworks exempt) =>
        r.AddPolicy(name, context =>
        {
            var address = context.Connection.RemoteIpAddress;
            if (exempt.Contains(address)) return RateLimitPartition.GetNoLimiter("exempt");
            // A signed-in person is limited as a person, whichever network they use; others by address.
            var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null;
            var client = user is not null ? $"user:{user}" : $"ip:{address}";
            // Scaled out, the counter is shared in Redis so a limit holds across nodes.
            if (context.RequestServices.GetService<IConnectionMultiplexer>() is { } redis)
                return RateLimitPartition.Get($"{name}:{client}", key => new RedisWindowLimiter(redis.GetDatabase(), key,
                    limit.PermitLimit, TimeSpan.FromSeconds(limit.WindowSeconds), context.RequestServices.GetRequiredService<ILogger<RedisWindowLimiter>>()));
            return RateLimitPartition.GetFixedWindowLimiter($"{name}:{client}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                QueueLimit = 0,
            });
        });
}

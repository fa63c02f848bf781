using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Participation.Accounts.Recipes;

namespace Participation.Accounts.Services;

/// <summary>
/// Prints the site URL and the demo logins once the server listens — never in Production, and
/// only when demo data is on.
/// </summary>
public sealed class DemoLoginBanner(IHostApplicationLifetime lifetime, IServer server, IWebHostEnvironment environment, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() || !configuration.GetValue("Participation:DemoData", true)) return Task.CompletedTask;
        lifetime.ApplicationStarted.Register(() =>
        {
            var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { "", "==== Participation demo / デモサイト ====" };
            lines.AddRange(urls.Select(u => $"Site URL / サイト: {u}"));
            foreach (var (email, _, role, ward) in DemoUsers.All)
                lines.Add($"Demo login ({role}{(ward is null ? "" : ", " + ward)}): {email}  password / パスワード: {DemoUsers.Password}");
            lines.Add("========================================");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Data;

namespace Participation.Tests.Infrastructure;

/// <summary>
/// The real site on a fresh database of its own: a temporary App_Data folder (SQLite) or a new
/// PostgreSQL database. Settings are the top-level appsettings.json plus <see cref="Settings"/>.
/// </summary>
public class ParticipationFactory : WebApplicationFactory<Program>
{
    public string AppData { get; } = Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Extra settings, as configuration keys (<c>Participation:DemoData</c> = <c>true</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Participation:DemoData"] = "false",
        ["Participation:Jobs:RunServer"] = "false",
        // Every test client shares one (unknown) address on the test server: limits high unless a test lowers them.
        ["Participation:RateLimiting:SignIn:PermitLimit"] = "100000",
        ["Participation:RateLimiting:Register:PermitLimit"] = "100000",
        ["Participation:RateLimiting:Submit:PermitLimit"] = "100000",
        ["Participation:RateLimiting:Api:PermitLimit"] = "100000",
        // Tests change data behind the site's back (WithDbAsync) and expect the next page to show it; the
        // page cache has tests of its own that turn it on.
        ["Participation:PageCache:Seconds"] = "0",
        // Likewise rounds changed in the database must be seen by the very next submission.
        ["Participation:Consultations:Intake:RoundCacheSeconds"] = "0",
    };

    public string MailFolder => Path.Combine(AppData, "mail-pickup");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(AppData);
        builder.UseEnvironment("Testing");
        // As strict as Development (the README's run command): a scoped service taken by a singleton fails here too.
        builder.UseDefaultServiceProvider(o => { o.ValidateScopes = true; o.ValidateOnBuild = true; });
        builder.UseSetting("Participation:AppData", AppData);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public T WithScope<T>(Func<IServiceProvider, T> work)
    {
        using var scope = Services.CreateScope();
        return work(scope.ServiceProvider);
    }

    public async Task<T> WithDbAsync<T>(Func<ParticipationDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<ParticipationDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { if (Directory.Exists(AppData)) Directory.Delete(AppData, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A site with the demo city, wards and one login per role.</summary>
public sealed class DemoSiteFactory : ParticipationFactory
{
    public DemoSiteFactory() => Settings["Participation:DemoData"] = "true";
}

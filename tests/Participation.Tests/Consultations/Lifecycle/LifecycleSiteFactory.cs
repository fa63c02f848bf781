using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Cities;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

/// <summary>A clock the test moves by hand.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

/// <summary>The demo site on a clock the test controls.</summary>
public sealed class LifecycleSiteFactory : ParticipationFactory
{
    /// <summary>The configured address that mails sent by jobs link to.</summary>
    public const string PublicBaseUrl = "https://sanka.example.jp";

    public MovableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public LifecycleSiteFactory()
    {
        Settings["Participation:DemoData"] = "true";
        Settings["Participation:Uploads:MaxPdfBytes"] = "1048576";
        Settings["Participation:PublicBaseUrl"] = PublicBaseUrl;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public Task<int> WardIdAsync(string name) => WithDbAsync(db => db.Set<Ward>().Where(w => w.Name == name).Select(w => w.Id).FirstAsync());
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Foundation;

/// <summary>The same site on PostgreSQL: migrations, identity, demo data and health.</summary>
public sealed class PostgresTests
{
    [PostgresFact]
    public async Task Site_runs_on_postgres_with_migrations_and_demo_data()
    {
        using var factory = new DemoSiteFactory();
        factory.Settings["Participation:Database:Provider"] = "Postgres";
        factory.Settings["Participation:Database:ConnectionString"] = PostgresFactAttribute.NewDatabase();
        var client = factory.CreateBrowserClient();
        var health = await client.GetStringAsync("/health");
        Assert.Contains("\"status\":\"Healthy\"", health);
        Assert.Contains("Npgsql", health);
        await client.SignInAsync("admin@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        var wards = await factory.WithDbAsync(db => db.Set<Participation.Core.Cities.Ward>().CountAsync());
        Assert.True(wards >= 5);
        Assert.True(await factory.WithDbAsync(db => Task.FromResult(db.Database.IsNpgsql())));
    }
}

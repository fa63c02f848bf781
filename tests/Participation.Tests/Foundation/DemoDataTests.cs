using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Cities;
using Participation.Core.Identity;
using Participation.Core.Recipes;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Foundation;

public sealed class DemoDataTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Demo_city_has_at_least_five_wards_and_one_user_per_role()
    {
        var wards = await factory.WithDbAsync(db => db.Set<Ward>().Select(w => w.Name).ToListAsync());
        Assert.True(wards.Count >= 5);
        Assert.Contains("中央区", wards);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var role in Roles.All)
            Assert.NotEmpty(await users.GetUsersInRoleAsync(role));
        var staff = await users.FindByEmailAsync("staff.chuo@demo.example");
        Assert.Equal(await factory.WithDbAsync(db => db.Set<Ward>().Where(w => w.Name == "中央区").Select(w => (int?)w.Id).SingleAsync()), staff!.WardId);
    }

    [Fact]
    public async Task Recipes_are_idempotent()
    {
        var runner = factory.Services.GetRequiredService<RecipeRunner>();
        var before = await factory.WithDbAsync(db => db.Set<Ward>().CountAsync());
        await runner.RunAsync(includeDemoData: true);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<Ward>().CountAsync()));
        var runs = await factory.WithDbAsync(db => db.Set<RecipeRun>().Select(r => r.Name).ToListAsync());
        Assert.Contains("accounts.roles", runs);
        Assert.Contains("accounts.demo-users", runs);
    }
}

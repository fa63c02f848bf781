using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Cities;
using Participation.Core.Identity;
using Participation.Tests.Infrastructure;
using Participation.Wards.Models;

namespace Participation.Tests.Wards;

/// <summary>The demo site (the base factory already raises rate limits for one busy client), plus helpers.</summary>
public sealed class WardsSiteFactory : ParticipationFactory
{
    public WardsSiteFactory() => Settings["Participation:DemoData"] = "true";

    public Task<int> WardIdAsync(string name) => WithDbAsync(db => db.Set<Ward>().Where(w => w.Name == name).Select(w => w.Id).SingleAsync());

    public Task<DiscussionThread> ThreadAsync(int id) => WithDbAsync(db => db.Set<DiscussionThread>().AsNoTracking().SingleAsync(t => t.Id == id));

    /// <summary>A visible demo thread of the ward in the given category.</summary>
    public Task<DiscussionThread> DemoThreadAsync(int wardId, string category) => WithDbAsync(db => db.Set<DiscussionThread>().AsNoTracking()
        .Where(t => t.WardId == wardId && t.Category == category && t.Visibility == Visibility.Visible).OrderBy(t => t.Id).FirstAsync());

    /// <summary>Creates a confirmed resident account (registration itself is tested by Accounts).</summary>
    public async Task<string> CreateResidentAsync(string email, string displayName)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var result = await users.CreateAsync(user, "demo-password-2026");
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(";", result.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, Roles.Resident);
        return user.Id;
    }

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = this.CreateBrowserClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Starts a thread as the signed-in client and returns its id (from the redirect).</summary>
    public static async Task<int> StartThreadAsync(HttpClient client, int wardId, string title, string body, string nickname = "テストの住民", string category = "parks")
    {
        var response = await client.PostFormAsync($"/wards/{wardId}/discussions/new", $"/wards/{wardId}/discussions",
            ("Category", category), ("Title", title), ("Body", body), ("Nickname", nickname));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Start thread: {(int)response.StatusCode}");
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location.Split('/').Last().Split('?', '#')[0]);
    }
}

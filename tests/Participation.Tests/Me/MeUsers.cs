using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Me;

/// <summary>Fresh confirmed residents, so erasure tests never touch the shared demo logins.</summary>
public static class MeUsers
{
    public const string Password = "erase-me-password-2026";

    public static async Task<(string Id, string Email)> CreateResidentAsync(ParticipationFactory factory, string displayName = "消去 花子")
    {
        var email = $"me-{Guid.NewGuid():N}@example.jp";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Resident);
        return (user.Id, email);
    }
}

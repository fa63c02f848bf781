using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Recipes;

namespace Participation.Accounts.Recipes;

public sealed class DemoUsersStep(UserManager<AppUser> users, ParticipationDbContext db) : IRecipeStep
{
    public string Name => "accounts.demo-users";
    public RecipeKind Kind => RecipeKind.DemoData;
    public int Order => 2;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var wards = await db.Set<Ward>().ToDictionaryAsync(w => w.Name, w => w.Id, cancellationToken);
        foreach (var (email, displayName, role, wardName) in DemoUsers.All)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName,
                // Residents keep no ward: only staff are tied to one.
                WardId = role == Roles.WardStaff && wardName is not null && wards.TryGetValue(wardName, out var id) ? id : null,
            };
            var created = await users.CreateAsync(user, DemoUsers.Password);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo user {role}: {string.Join("; ", created.Errors.Select(e => e.Code))}");
            await users.AddToRoleAsync(user, role);
        }
    }
}

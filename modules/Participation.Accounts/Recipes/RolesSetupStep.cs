using Microsoft.AspNetCore.Identity;
using Participation.Core.Identity;
using Participation.Core.Recipes;

namespace Participation.Accounts.Recipes;

/// <summary>Creates the five roles. Runs on every site, demo or not.</summary>
public sealed class RolesSetupStep(RoleManager<IdentityRole> roles) : IRecipeStep
{
    public string Name => "accounts.roles";
    public RecipeKind Kind => RecipeKind.Setup;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Participation.Core.Identity;

/// <summary>Adds the staff member's ward to the sign-in cookie so endpoints can check it without a query.</summary>
public sealed class AppUserClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.WardId is { } ward) identity.AddClaim(new Claim(ClaimsPrincipalExtensions.WardClaim, ward.ToString()));
        return identity;
    }
}

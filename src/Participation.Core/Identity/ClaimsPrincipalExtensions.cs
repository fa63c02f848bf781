using System.Security.Claims;

namespace Participation.Core.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>Claim type carrying a staff member's ward id.</summary>
    public const string WardClaim = "participation:ward";

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static int? WardId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(WardClaim), out var id) ? id : null;

    /// <summary>
    /// Whether this person may act as staff on a record of the given ward (null = city-wide).
    /// Administrators act everywhere; ward staff only on their own ward, never on city-wide records.
    /// </summary>
    public static bool CanActOnWard(this ClaimsPrincipal user, int? wardId)
    {
        if (user.IsInRole(Roles.Administrator)) return true;
        if (!user.IsInRole(Roles.WardStaff)) return false;
        return wardId is not null && user.WardId() == wardId;
    }
}

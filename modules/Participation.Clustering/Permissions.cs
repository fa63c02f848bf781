using System.Security.Claims;
using Participation.Clustering.Models;
using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Clustering;

/// <summary>
/// Ward staff run and publish clusters of their own ward, administrators everywhere; the secretariat reads.
/// Which run a person may see or change is checked per request (<see cref="RunAccess"/>).
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public const string View = "Clustering.View";
    public const string Manage = "Clustering.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(View, "Clustering.Permission.View", Roles.WardStaff, Roles.Secretariat, Roles.Administrator),
        new(Manage, "Clustering.Permission.Manage", Roles.WardStaff, Roles.Administrator),
    ];
}

public static class RunAccess
{
    /// <summary>Administrators and the secretariat see every run; ward staff only their own ward's.</summary>
    public static bool CanSee(this ClaimsPrincipal user, ClusterRun run) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Secretariat) || user.CanActOnWard(run.WardId);

    public static bool CanManage(this ClaimsPrincipal user, ClusterRun run) => user.CanActOnWard(run.WardId);

    public static bool SeesAllWards(this ClaimsPrincipal user) => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Secretariat);
}

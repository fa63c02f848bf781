using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Committees;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>The secretariat's work: committees, recruitments, applications, selection, results.</summary>
    public const string Manage = "Committees.Manage";

    /// <summary>Blind review; a reviewer also needs an assignment to the recruitment.</summary>
    public const string Review = "Committees.Review";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Manage, "Permission.CommitteesManage", Roles.Secretariat, Roles.Administrator),
        new(Review, "Permission.CommitteesReview", Roles.Secretariat, Roles.Administrator),
    ];
}

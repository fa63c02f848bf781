using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Plans;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Update statuses, import KPI actuals and link resident voice (ward rules in <c>MeasureAccess</c>).</summary>
    public const string ManagePlans = "Plans.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManagePlans, "Permission.ManagePlans", Roles.WardStaff, Roles.Secretariat, Roles.Administrator),
    ];
}

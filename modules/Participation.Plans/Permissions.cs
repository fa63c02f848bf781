using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Plans;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Update statuses, import KPI actuals and link resident voice (ward rules in <c>MeasureAccess</c>).</summary>
    public const string ManagePlans = "Plans.Manage";

    /// <summary>Create, edit and delete whole plans and their policy areas (planning staff: the secretariat, and administrators).</summary>
    public const string EditPlans = "Plans.EditPlans";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManagePlans, "Permission.ManagePlans", Roles.WardStaff, Roles.Secretariat, Roles.Administrator),
        new(EditPlans, "Permission.EditPlans", Roles.Secretariat, Roles.Administrator),
    ];
}

using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Accounts;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageUsers = "Accounts.ManageUsers";
    public const string ManageWards = "Accounts.ManageWards";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManageUsers, "Permission.ManageUsers", Roles.Administrator),
        new(ManageWards, "Permission.ManageWards", Roles.Administrator),
    ];
}

using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Consultations;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Run rounds: enter paper submissions, group, answer, publish (ward staff only on their ward).</summary>
    public const string ManageRounds = "Consultations.ManageRounds";
    /// <summary>See submitters' personal data (names, contacts) and export it.</summary>
    public const string ViewPersonalData = "Consultations.ViewPersonalData";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManageRounds, "Permission.Consultations.ManageRounds", Roles.WardStaff, Roles.Administrator),
        new(ViewPersonalData, "Permission.Consultations.ViewPersonalData", Roles.Administrator),
    ];
}

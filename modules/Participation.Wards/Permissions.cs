using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Wards;

/// <summary>Ward staff answer and moderate; which ward they may act on is checked per request (User.CanActOnWard).</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string AnswerThreads = "Wards.AnswerThreads";
    public const string Moderate = "Wards.Moderate";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(AnswerThreads, "Wards.Permission.AnswerThreads", Roles.WardStaff, Roles.Administrator),
        new(Moderate, "Wards.Permission.Moderate", Roles.WardStaff, Roles.Administrator),
    ];
}

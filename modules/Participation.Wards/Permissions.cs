using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Wards;

/// <summary>Ward staff answer and moderate; which ward they may act on is checked per request (User.CanActOnWard).</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string AnswerThreads = "Wards.AnswerThreads";
    public const string Moderate = "Wards.Moderate";
    /// <summary>Set up meetings and publish their minutes (own ward only, checked per request).</summary>
    public const string ManageMeetings = "Wards.ManageMeetings";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(AnswerThreads, "Wards.Permission.AnswerThreads", Roles.WardStaff, Roles.Administrator),
        new(Moderate, "Wards.Permission.Moderate", Roles.WardStaff, Roles.Administrator),
        new(ManageMeetings, "Wards.Permission.ManageMeetings", Roles.WardStaff, Roles.Administrator),
    ];
}

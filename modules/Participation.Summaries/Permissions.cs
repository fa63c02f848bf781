using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Summaries;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Read councillor summaries and download their reports. Read-only by design.</summary>
    public const string ViewSummaries = "Summaries.View";

    public IEnumerable<Permission> GetPermissions() =>
        [new(ViewSummaries, "Summaries.Permission.View", Roles.Councillor, Roles.Administrator)];
}

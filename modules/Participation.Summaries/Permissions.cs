using Participation.Core.Identity;
using Participation.Core.Permissions;

namespace Participation.Summaries;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Read councillor summaries and download their reports. Read-only by design.</summary>
    public const string ViewSummaries = "Summaries.View";

    /// <summary>Edit the councillor digest's mail text: the council secretariat (議会事務局) and administrators.</summary>
    public const string EditDigestTemplates = "Summaries.EditDigestTemplates";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ViewSummaries, "Summaries.Permission.View", Roles.Councillor, Roles.Administrator),
        new(EditDigestTemplates, "Digest.Permission.EditTemplates", Roles.Secretariat, Roles.Administrator),
    ];
}

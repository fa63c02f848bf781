using System.Security.Claims;
using Participation.Core.Identity;
using Participation.Plans.Models;

namespace Participation.Plans.Services;

/// <summary>
/// Who may edit a measure. Administrators everything; the secretariat (planning staff) city-wide
/// measures; ward staff city-wide measures and those of their own ward, never another ward's.
/// Councillors and residents only read.
/// </summary>
public static class MeasureAccess
{
    public static bool CanEdit(this ClaimsPrincipal user, PlanMeasure measure) => user.CanEditWard(measure.WardId);

    public static bool CanEditWard(this ClaimsPrincipal user, int? wardId)
    {
        if (user.IsInRole(Roles.Administrator)) return true;
        if (wardId is null) return user.IsInRole(Roles.WardStaff) || user.IsInRole(Roles.Secretariat);
        return user.IsInRole(Roles.WardStaff) && user.WardId() == wardId;
    }

    /// <summary>Planning staff: may shape whole plans and their policy areas.</summary>
    public static bool CanEditPlans(this ClaimsPrincipal user) => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Secretariat);

    /// <summary>A node of the given level and ward: policy areas belong to planning staff, the rest follow the ward rule.</summary>
    public static bool CanEditNode(this ClaimsPrincipal user, PlanLevel level, int? wardId) =>
        level == PlanLevel.PolicyArea ? user.CanEditPlans() : user.CanEditWard(wardId);
}

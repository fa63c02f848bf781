using System.Security.Claims;
using Participation.Consultations.Models;
using Participation.Core.Identity;

namespace Participation.Consultations.Services.Staff;

/// <summary>What a staff member may do on one round.</summary>
public enum RoundAccess
{
    /// <summary>Nothing: the round is another ward's (answered with 403).</summary>
    None = 0,
    /// <summary>See the round's submissions and enter paper, FAX, phone and counter submissions.</summary>
    Entry = 1,
    /// <summary>Everything: split, group, answer, review redaction, publish.</summary>
    Full = 2,
}

/// <summary>
/// The ward rule for staff work on rounds. Administrators act on every round. Ward staff act fully on
/// their own ward's rounds. City-wide rounds belong to a city department (administrators), but residents
/// hand in paper for them at every ward office, so ward staff may see them and enter submissions received
/// at their office (<see cref="RoundAccess.Entry"/>), not group, answer or publish. Another ward's round: none.
/// </summary>
public static class StaffRoundAccess
{
    public static RoundAccess For(ClaimsPrincipal user, ConsultationRound round) => For(user, round.WardId);

    public static RoundAccess For(ClaimsPrincipal user, int? roundWardId)
    {
        if (user.IsInRole(Roles.Administrator)) return RoundAccess.Full;
        if (!user.IsInRole(Roles.WardStaff) || user.WardId() is not { } ward) return RoundAccess.None;
        if (roundWardId is null) return RoundAccess.Entry;
        return roundWardId == ward ? RoundAccess.Full : RoundAccess.None;
    }

    /// <summary>Whether the user may see a round at all (used to filter lists in the database).</summary>
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);
}

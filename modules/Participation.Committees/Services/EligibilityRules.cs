using Participation.Committees.Models;

namespace Participation.Committees.Services;

/// <summary>Checks one applicant against a recruitment's configurable rules; returns localisation keys of the reasons.</summary>
public static class EligibilityRules
{
    public static List<string> Check(Recruitment r, int age, bool cityLink, int otherSeats, bool staffOrCouncillor)
    {
        var reasons = new List<string>();
        if (age < r.MinAge) reasons.Add("Committees.Ineligible.Age");
        if (r.RequireCityLink && !cityLink) reasons.Add("Committees.Ineligible.CityLink");
        if (otherSeats > r.MaxOtherSeats) reasons.Add("Committees.Ineligible.OtherSeats");
        if (r.ExcludeStaffAndCouncillors && staffOrCouncillor) reasons.Add("Committees.Ineligible.Staff");
        return reasons;
    }
}

namespace Participation.Committees.Selection;

/// <summary>
/// Replacing a member who withdraws after the draw: the first reserve (in the published reserve order) whose
/// entry keeps every quota and the household rule. When none does, the result says what the replacement would
/// have to be (values needed to keep a minimum, values barred by a maximum, households already seated), so the
/// secretariat can explain why the panel stays one short or decide to relax a quota in public.
/// </summary>
public static class ReserveReplacement
{
    public sealed record Outcome(string? Replacement, IReadOnlyList<Quota> MustCarry, IReadOnlyList<Quota> MustNotCarry, int ReservesChecked);

    /// <param name="members">The seated panel (volunteer ids), including the one who withdraws.</param>
    /// <param name="reserves">Reserve ids in order.</param>
    public static Outcome Find(SelectionProblem problem, IReadOnlyCollection<string> members, string withdrawn, IReadOnlyList<string> reserves)
    {
        var byId = problem.Pool.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var remaining = members.Where(m => m != withdrawn).Select(m => byId[m]).ToList();
        bool Carries(Volunteer v, Quota q) => v.Features.TryGetValue(q.Category, out var value) && value == q.Value;
        var mustCarry = problem.Quotas.Where(q => remaining.Count(v => Carries(v, q)) < q.Min).ToList();
        var mustNot = problem.Quotas.Where(q => remaining.Count(v => Carries(v, q)) >= q.Max).ToList();
        var households = problem.OnePerHousehold
            ? remaining.Select(v => v.Household).Where(h => !string.IsNullOrEmpty(h)).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var id in reserves)
        {
            if (!byId.TryGetValue(id, out var candidate) || members.Contains(id)) continue;
            if (mustCarry.Any(q => !Carries(candidate, q)) || mustNot.Any(q => Carries(candidate, q))) continue;
            if (!string.IsNullOrEmpty(candidate.Household) && households.Contains(candidate.Household)) continue;
            return new Outcome(id, mustCarry, mustNot, reserves.Count);
        }
        return new Outcome(null, mustCarry, mustNot, reserves.Count);
    }
}

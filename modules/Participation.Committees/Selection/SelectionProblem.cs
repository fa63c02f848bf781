namespace Participation.Committees.Selection;

/// <summary>One volunteer in the pool: an id, a value per category (gender, age band, ward, …) and a household key.</summary>
public sealed record Volunteer(string Id, IReadOnlyDictionary<string, string> Features, string? Household = null);

/// <summary>How many panel members may carry one value of one category.</summary>
public sealed record Quota(string Category, string Value, int Min, int Max);

/// <summary>
/// A stratified selection problem: choose <see cref="PanelSize"/> distinct volunteers so that every quota holds
/// (and, with <see cref="OnePerHousehold"/>, at most one member per household).
/// </summary>
public sealed class SelectionProblem
{
    public SelectionProblem(IReadOnlyList<Volunteer> pool, IReadOnlyList<Quota> quotas, int panelSize, bool onePerHousehold)
    {
        Pool = pool;
        Quotas = quotas;
        PanelSize = panelSize;
        OnePerHousehold = onePerHousehold;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in pool)
            if (!ids.Add(v.Id)) throw new ArgumentException($"Duplicate volunteer id '{v.Id}'.");
        if (panelSize < 1) throw new ArgumentException("Panel size must be at least 1.");
    }

    public IReadOnlyList<Volunteer> Pool { get; }
    public IReadOnlyList<Quota> Quotas { get; }
    public int PanelSize { get; }
    public bool OnePerHousehold { get; }

    /// <summary>Indices of the volunteers who carry the quota's value.</summary>
    public int[] Members(Quota q) =>
        Enumerable.Range(0, Pool.Count)
            .Where(i => Pool[i].Features.TryGetValue(q.Category, out var v) && v == q.Value)
            .ToArray();

    /// <summary>Volunteer indices grouped by household (only groups of two or more matter for the rule).</summary>
    public IEnumerable<int[]> SharedHouseholds() =>
        Enumerable.Range(0, Pool.Count)
            .Where(i => !string.IsNullOrEmpty(Pool[i].Household))
            .GroupBy(i => Pool[i].Household!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.ToArray());

    /// <summary>True when the given set of indices is a valid panel.</summary>
    public bool IsValidPanel(IReadOnlyCollection<int> members)
    {
        if (members.Count != PanelSize || members.Distinct().Count() != PanelSize) return false;
        foreach (var q in Quotas)
        {
            var n = members.Count(i => Pool[i].Features.TryGetValue(q.Category, out var v) && v == q.Value);
            if (n < q.Min || n > q.Max) return false;
        }
        if (OnePerHousehold)
        {
            var households = members.Select(i => Pool[i].Household).Where(h => !string.IsNullOrEmpty(h)).ToList();
            if (households.Distinct(StringComparer.Ordinal).Count() != households.Count) return false;
        }
        return true;
    }
}

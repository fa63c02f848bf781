namespace Participation.Core.Statistics;

/// <summary>
/// Small-cell suppression for breakdowns that describe people (age band, gender): a cell under
/// <see cref="Threshold"/> could point at a handful of identifiable residents, so such cells are merged into
/// one row "other groups" (<see cref="MergedValue"/>). When that merged row is itself under the threshold the
/// next smallest cells join it, so no cell and no difference of shown figures reveals a group under the
/// threshold; when even the whole breakdown is under it, the breakdown is dropped (the headline total stays).
/// Providers apply it at the source so every consumer (dashboards, open data, exports) is safe.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;
    public const string MergedValue = "_small-groups";

    /// <summary>Dimensions whose breakdowns describe people and are suppressed.</summary>
    public static readonly IReadOnlySet<string> PersonDimensions = new HashSet<string>(StringComparer.Ordinal) { "age", "gender" };

    /// <summary>Suppresses every (module, key, dimension) breakdown of a person dimension; other rows pass unchanged.</summary>
    public static IReadOnlyList<StatisticRow> Suppress(IEnumerable<StatisticRow> rows, int threshold = Threshold)
    {
        var result = new List<StatisticRow>();
        foreach (var group in rows.GroupBy(r => (r.Module, r.Key, r.Dimension), r => r))
        {
            if (group.Key.Dimension is not { } dimension || !PersonDimensions.Contains(dimension)) { result.AddRange(group); continue; }
            result.AddRange(SuppressOne(group.ToList(), threshold));
        }
        return result;
    }

    private static IEnumerable<StatisticRow> SuppressOne(List<StatisticRow> cells, int threshold)
    {
        var ordered = cells.OrderBy(c => c.Value).ThenBy(c => c.DimensionValue, StringComparer.Ordinal).ToList();
        var merged = ordered.TakeWhile(c => c.Value < threshold).ToList();
        if (merged.Count == 0) return cells;
        var kept = ordered.Skip(merged.Count).ToList();
        // A merged row under the threshold would show a small group exactly: absorb the next smallest cells.
        while (merged.Sum(c => c.Value) < threshold && kept.Count > 0)
        {
            merged.Add(kept[0]);
            kept.RemoveAt(0);
        }
        var total = merged.Sum(c => c.Value);
        if (total < threshold) return [];
        var first = merged[0];
        return kept.OrderByDescending(c => c.Value).Append(first with { Value = total, DimensionValue = MergedValue });
    }
}

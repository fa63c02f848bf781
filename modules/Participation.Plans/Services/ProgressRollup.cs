using Participation.Plans.Models;

namespace Participation.Plans.Services;

/// <summary>
/// Progress of the plan tree: a leaf's progress is its status's percentage; a parent's is the
/// weighted mean of its children's (Σ wᵢ·pᵢ / Σ wᵢ), so a heavy project moves its measure more.
/// </summary>
public sealed class ProgressRollup(PlansSettings settings)
{
    /// <summary>Progress (0–100) of every node, by id.</summary>
    public IReadOnlyDictionary<int, double> Compute(IReadOnlyCollection<PlanMeasure> nodes)
    {
        var children = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        var result = new Dictionary<int, double>();
        foreach (var node in nodes) Visit(node, children, result);
        return result;
    }

    /// <summary>Weighted progress of the top-level nodes (the plan as a whole).</summary>
    public double PlanProgress(IReadOnlyCollection<PlanMeasure> nodes)
    {
        var progress = Compute(nodes);
        var ids = nodes.Select(n => n.Id).ToHashSet();
        return Weighted(nodes.Where(n => n.ParentId is null || !ids.Contains(n.ParentId.Value)), progress);
    }

    private double Visit(PlanMeasure node, ILookup<int, PlanMeasure> children, Dictionary<int, double> result)
    {
        if (result.TryGetValue(node.Id, out var known)) return known;
        var kids = children[node.Id].ToList();
        double value;
        if (kids.Count == 0) value = settings.StatusProgress(node.Status);
        else
        {
            foreach (var kid in kids) Visit(kid, children, result);
            value = Weighted(kids, result);
        }
        result[node.Id] = value;
        return value;
    }

    /// <summary>Weighted mean progress of any selection of nodes (a ward's or a department's projects).</summary>
    public static double Weighted(IEnumerable<PlanMeasure> nodes, IReadOnlyDictionary<int, double> progress)
    {
        var list = nodes.ToList();
        if (list.Count == 0) return 0;
        var totalWeight = list.Sum(n => Math.Max(0, n.Weight));
        // All weights zero: fall back to a plain mean rather than dividing by zero.
        if (totalWeight <= 0) return list.Average(n => progress[n.Id]);
        return list.Sum(n => Math.Max(0, n.Weight) * progress[n.Id]) / totalWeight;
    }
}

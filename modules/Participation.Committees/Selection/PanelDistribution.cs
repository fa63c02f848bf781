namespace Participation.Committees.Selection;

/// <summary>One panel (volunteer indices, ascending) and its probability in the lottery.</summary>
public sealed record WeightedPanel(int[] Members, double Probability);

/// <summary>
/// A lottery over valid panels. <see cref="Probabilities"/> are the exact marginals of <see cref="Panels"/>
/// (each volunteer's probability is the sum over the panels that contain them).
/// </summary>
public sealed record PanelDistribution(
    SelectionProblem Problem,
    IReadOnlyList<WeightedPanel> Panels,
    double[] Probabilities,
    double MinProbability,
    double UpperBound,
    IReadOnlySet<int> Unreachable,
    double MaximinSeconds,
    double? LeximinSeconds,
    bool LeximinComplete)
{
    /// <summary>Builds the distribution from raw weights: drops near-zero panels, renormalises, computes marginals.</summary>
    public static (List<WeightedPanel> Panels, double[] Marginals) Normalise(SelectionProblem problem, IEnumerable<(int[] Members, double P)> raw)
    {
        var kept = raw.Where(r => r.P > 1e-12).ToList();
        var total = kept.Sum(r => r.P);
        var panels = kept.Select(r => new WeightedPanel(r.Members, r.P / total)).ToList();
        var marginals = new double[problem.Pool.Count];
        foreach (var panel in panels)
            foreach (var i in panel.Members) marginals[i] += panel.Probability;
        return (panels, marginals);
    }
}

/// <summary>Thrown when no panel satisfies the quotas; carries the explanation.</summary>
public sealed class SelectionInfeasibleException(FeasibilityReport report)
    : InvalidOperationException(string.Join(" ", report.Describe(japanese: false)))
{
    public FeasibilityReport Report { get; } = report;
}

/// <summary>Time limits and tolerances of the fair lottery.</summary>
public sealed class FairLotteryOptions
{
    /// <summary>Wall-clock limit for the MAXIMIN phase (the result is still valid, with a gap, if it stops early).</summary>
    public double MaximinSeconds { get; init; } = 300;
    /// <summary>Extra time for LEXIMIN refinement; 0 skips it.</summary>
    public double LeximinSeconds { get; init; } = 30;
    /// <summary>Stop column generation when no panel improves the objective by more than this.</summary>
    public double Tolerance { get; init; } = 1e-7;
    public int Seed { get; init; } = 1;
    public Action<string>? Progress { get; init; }
}

namespace Participation.Committees.Selection;

/// <summary>One panel (volunteer indices, ascending) and its probability in the lottery.</summary>
public sealed record WeightedPanel(int[] Members, double Probability);

/// <summary>
/// A lottery over valid panels. <see cref="Probabilities"/> are the exact marginals of <see cref="Panels"/>
/// (each volunteer's probability is the sum over the panels that contain them). <see cref="Exact"/> says the MAXIMIN
/// value was proven optimal (<see cref="Gap"/> = 0); otherwise <see cref="Gap"/> is the relative duality gap
/// (upper bound − value) / upper bound at which column generation stopped.
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
    bool LeximinComplete,
    bool Exact = false,
    double Gap = double.NaN)
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
    /// <summary>Seconds of column generation during which only the exact optimum stops it.</summary>
    public double ExactSeconds { get; init; } = 10;
    /// <summary>After <see cref="ExactSeconds"/>, stop once (upper bound − value) / upper bound is at most this.</summary>
    public double GapTolerance { get; init; } = 0.002;
    /// <summary>
    /// From <see cref="RelaxAfterSeconds"/> on (counted from the start of the solve), the gap at which column generation
    /// stops instead: still a proven bound (the value is within this fraction of the optimum), so a hard pool ends in
    /// reasonable time with a certified answer rather than polishing the last fraction of a percent.
    /// </summary>
    public double RelaxedGapTolerance { get; init; } = 0.009;
    public double RelaxAfterSeconds { get; init; } = 40;
    /// <summary>Price on smoothed duals (Wentges stabilisation), falling back to the true duals on a mis-price.</summary>
    public bool Stabilise { get; init; } = true;
    /// <summary>
    /// Send what native solvers print on the process's standard output (HiGHS and SCIP banners) to standard error,
    /// so a tool whose stdout is data (the bench's JSON line) stays clean. Managed <see cref="Console.Out"/> is kept.
    /// </summary>
    public bool QuietNativeStdout { get; init; } = true;
    public int Seed { get; init; } = 1;
    /// <summary>Seconds one exact pricing call may take.</summary>
    public double PricingSeconds { get; init; } = 60;
    /// <summary>Panels built before column generation starts; 0 = automatic (about one per volunteer, 60–4,000).</summary>
    public int WarmStartPanels { get; init; } = 0;
    /// <summary>Column generation stops (with the best distribution so far) once the master holds this many panels.</summary>
    public int MaxColumns { get; init; } = 50000;
    public Action<string>? Progress { get; init; }
}

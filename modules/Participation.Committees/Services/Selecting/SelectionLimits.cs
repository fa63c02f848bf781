using Participation.Committees.Selection;

namespace Participation.Committees.Services.Selecting;

/// <summary>
/// Run limits of the fair lottery, from <c>Participation:Committees:Selection</c> in appsettings.json.
/// A run that hits a limit still publishes a valid distribution (quotas always hold); only its optimality gap is larger.
/// </summary>
public sealed class SelectionLimits
{
    public const string Section = "Participation:Committees:Selection";

    /// <summary>Seconds for the MAXIMIN phase.</summary>
    public double TimeLimitSeconds { get; set; } = 300;
    /// <summary>Extra seconds for the LEXIMIN refinement (0 skips it).</summary>
    public double LeximinSeconds { get; set; } = 60;
    /// <summary>Seconds one exact pricing call may take.</summary>
    public double PricingSeconds { get; set; } = 60;
    /// <summary>Most panels the column generation may hold.</summary>
    public int MaxColumns { get; set; } = 50000;
    /// <summary>Panels made by the warm start before column generation; 0 = automatic (about one per volunteer, 60–4,000).</summary>
    public int WarmStartPanels { get; set; } = 0;
    /// <summary>Seconds of column generation during which only the proven optimum ends it.</summary>
    public double ExactSeconds { get; set; } = 10;
    /// <summary>After <see cref="ExactSeconds"/>, stop once (upper bound − value) / upper bound is at most this.</summary>
    public double GapTolerance { get; set; } = 0.002;
    /// <summary>From <see cref="RelaxAfterSeconds"/> on, stop once the gap is at most this (still a proven bound).</summary>
    public double RelaxedGapTolerance { get; set; } = 0.009;
    public double RelaxAfterSeconds { get; set; } = 40;
    /// <summary>Price on smoothed duals (Wentges stabilisation).</summary>
    public bool Stabilise { get; set; } = true;

    public FairLotteryOptions ToOptions() => new()
    {
        MaximinSeconds = Math.Max(1, TimeLimitSeconds),
        LeximinSeconds = Math.Max(0, LeximinSeconds),
        PricingSeconds = Math.Max(1, PricingSeconds),
        MaxColumns = Math.Max(10, MaxColumns),
        WarmStartPanels = Math.Max(0, WarmStartPanels),
        ExactSeconds = Math.Max(0, ExactSeconds),
        GapTolerance = Math.Clamp(GapTolerance, 0, 1),
        RelaxedGapTolerance = Math.Clamp(RelaxedGapTolerance, 0, 1),
        RelaxAfterSeconds = Math.Max(0, RelaxAfterSeconds),
        Stabilise = Stabilise,
    };
}

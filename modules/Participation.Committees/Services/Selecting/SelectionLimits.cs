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
    /// <summary>Panels made by the warm start before column generation.</summary>
    public int WarmStartPanels { get; set; } = 60;

    public FairLotteryOptions ToOptions() => new()
    {
        MaximinSeconds = Math.Max(1, TimeLimitSeconds),
        LeximinSeconds = Math.Max(0, LeximinSeconds),
        PricingSeconds = Math.Max(1, PricingSeconds),
        MaxColumns = Math.Max(10, MaxColumns),
        WarmStartPanels = Math.Max(1, WarmStartPanels),
    };
}

namespace Participation.Committees.Models;

public enum SelectionMethod { FairLottery, SimpleLottery, Ranking }

public enum SelectionRunState { Queued, Running, Ready, Infeasible, Failed, Drawn }

/// <summary>
/// One selection for a recruitment: the settings, the published distribution with its SHA-256 commitment
/// (fixed before the draw), then the seed from a public source and the drawn panel with its reserves.
/// </summary>
public sealed class SelectionRun
{
    public int Id { get; set; }
    public int RecruitmentId { get; set; }
    public SelectionMethod Method { get; set; }
    public int PanelSize { get; set; }
    public bool OnePerHousehold { get; set; }
    /// <summary>Quotas, one per line: <c>Field=Value:min-max</c>.</summary>
    public string Quotas { get; set; } = "";
    public SelectionRunState State { get; set; }
    /// <summary>Feasibility explanation or failure message (shown to the secretariat).</summary>
    public string Message { get; set; } = "";
    /// <summary>The published distribution (anonymised ids), canonical JSON; empty until the run is ready.</summary>
    public string DistributionJson { get; set; } = "";
    /// <summary>hex(SHA-256(UTF-8(DistributionJson))): published before the draw.</summary>
    public string Commitment { get; set; } = "";
    public double MinProbability { get; set; }
    /// <summary>Application ids in the order of the anonymised ids V001, V002, … (never published).</summary>
    public string PoolApplicationIds { get; set; } = "";
    /// <summary>The seed from the published source (e.g. a lottery number), entered at the draw.</summary>
    public string? Seed { get; set; }
    public string? SeedSource { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public DateTime? DrawnAtUtc { get; set; }
}

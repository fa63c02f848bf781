namespace Participation.Clustering.Services;

/// <summary>Site settings of the module (<c>Participation:Clustering</c>): housekeeping and staff edits.</summary>
public sealed class ClusteringModuleOptions
{
    public const string Section = "Participation:Clustering";

    /// <summary>Completed or failed runs kept per scope (round, ward discussions, area and period); older ones are deleted
    /// with their model files unless published or linked to plan measures or opinion groups.</summary>
    public int KeepRunsPerScope { get; set; } = 5;

    /// <summary>A running run whose heartbeat is older than this was left by a crash or restart.</summary>
    public int StaleRunMinutes { get; set; } = 10;

    /// <summary>A queued run not started within this time lost its job (the in-memory job store forgets jobs on restart).</summary>
    public int LostQueuedMinutes { get; set; } = 30;

    /// <summary>Times a run is started in all; a stuck run beyond this is marked failed instead of queued again.</summary>
    public int MaxAttempts { get; set; } = 2;

    /// <summary>When the housekeeping job runs (cron, Tokyo time).</summary>
    public string MaintenanceCron { get; set; } = "*/5 * * * *";

    /// <summary>A cluster is split into 2..this many parts.</summary>
    public int MaxSplitParts { get; set; } = 8;

    /// <summary>Larger clusters are not split in the request (start a run with a larger k instead).</summary>
    public int MaxSplitItems { get; set; } = 5000;
}

namespace Participation.Clustering.Models;

/// <summary>
/// One clustering run over a scope: a round's opinions, a ward's discussions, or everything in a ward or the
/// city over a period. Runs are background jobs; staff watch <see cref="Progress"/> and publish good ones.
/// </summary>
public class ClusterRun
{
    public int Id { get; set; }
    public RunScopeKind ScopeKind { get; set; }
    /// <summary>Round id or "ward:{id}" (see the sources), null for a ward/city period run.</summary>
    public string? ContainerId { get; set; }
    /// <summary>Ward the run concerns (ward scope checks); null = city-wide.</summary>
    public int? WardId { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    /// <summary>What was clustered, for lists and the public page (e.g. the round's title).</summary>
    public required string Title { get; set; }
    public RunStatus Status { get; set; }
    /// <summary>0..1.</summary>
    public double Progress { get; set; }
    /// <summary>Number of clusters asked for; null = chosen automatically.</summary>
    public int? RequestedK { get; set; }
    /// <summary>Number of clusters found.</summary>
    public int? K { get; set; }
    public int Seed { get; set; } = 42;
    public int ItemCount { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public bool IsPublished { get; set; }
    public DateTime? PublishedAt { get; set; }
    /// <summary>A localisation key saying why the run failed (shown to staff in their language).</summary>
    public string? ErrorKey { get; set; }
    /// <summary>The fitted model's file under App_Data (for assigning new opinions without a re-run).</summary>
    public string? ModelFile { get; set; }
    /// <summary>Written every few seconds while the job works; a running run whose heartbeat stops was left by a crash.</summary>
    public DateTime? HeartbeatAt { get; set; }
    /// <summary>How many times the job started this run (a stuck run is queued again a limited number of times).</summary>
    public int Attempts { get; set; }
    /// <summary>The earlier completed run of the same scope this one was compared with (staff edits carried over).</summary>
    public int? PreviousRunId { get; set; }
}

public enum RunScopeKind { Round = 0, WardDiscussions = 1, Area = 2 }

public enum RunStatus { Queued = 0, Running = 1, Done = 2, Failed = 3 }

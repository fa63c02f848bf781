using Participation.Clustering.Models;

namespace Participation.Clustering.ViewModels;

/// <summary>The "start a run" form on /staff/clusters.</summary>
public sealed class StartRunForm
{
    public RunScopeKind Kind { get; set; }
    public string? RoundId { get; set; }
    public int? WardId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int? K { get; set; }
}

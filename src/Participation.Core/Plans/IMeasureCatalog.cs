namespace Participation.Core.Plans;

/// <summary>
/// The plan measures (施策・事業) other modules may tie resident opinions to. Clustering uses it to
/// suggest which measure a topic concerns; the plans module implements it.
/// </summary>
public interface IMeasureCatalog
{
    /// <summary>Every measure of every published plan, in plan order.</summary>
    Task<IReadOnlyList<MeasureInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Ties resident voice (a cluster, opinion group or thread) to a measure, or updates the tie.
    /// <paramref name="representativeText"/> is redacted by the catalog before it is stored.
    /// </summary>
    Task LinkVoiceAsync(VoiceLinkRequest request, CancellationToken cancellationToken);
}

/// <summary>A measure as other modules see it; <see cref="Url"/> is its public page.</summary>
public sealed record MeasureInfo(int Id, string Code, string Title, string Description, int PlanId, string PlanTitle,
    string Department, int? WardId, string Url);

/// <summary>SourceType is <c>cluster</c>, <c>opinion-group</c> or <c>thread</c>.</summary>
public sealed record VoiceLinkRequest(int MeasureId, string SourceType, string SourceId, string Title, string Url,
    int Count, string RepresentativeText);

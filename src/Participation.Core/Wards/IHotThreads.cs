namespace Participation.Core.Wards;

/// <summary>
/// The most active visible ward discussions, for councillors' dashboards and digests. The wards module
/// implements it; titles are as published (residents' threads pass moderation and the redaction screen).
/// </summary>
public interface IHotThreads
{
    /// <summary>Visible threads ordered by replies and support since <paramref name="sinceUtc"/>; one ward or all.</summary>
    Task<IReadOnlyList<HotThread>> TopAsync(int? wardId, DateTime sinceUtc, int take, CancellationToken cancellationToken);
}

/// <summary>A thread's public link (<c>/wards/{WardId}/discussions/{Id}</c>) and its activity.</summary>
public sealed record HotThread(int Id, int WardId, string Title, string Category, int Replies, int Supports, bool Answered, string Url);

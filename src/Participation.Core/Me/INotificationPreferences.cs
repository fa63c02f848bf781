namespace Participation.Core.Me;

/// <summary>
/// What a person wants to be mailed about, per kind of notice. Modules ask before sending:
/// <c>if (await prefs.WantsImmediateAsync(userId, NotificationKinds.ResultsPublished, ct)) mail…</c>;
/// <see cref="NotificationDelivery.Digest"/> means "collect into the daily digest" and <c>None</c> "don't mail".
/// People who never chose get <see cref="NotificationDelivery.Immediate"/>.
/// </summary>
public interface INotificationPreferences
{
    Task<NotificationDelivery> GetAsync(string userId, string kind, CancellationToken cancellationToken = default);

    Task<bool> WantsImmediateAsync(string userId, string kind, CancellationToken cancellationToken = default);
}

public enum NotificationDelivery { Immediate = 0, Digest = 1, None = 2 }

/// <summary>The kinds of notice a person can choose for. Stable codes: they are stored.</summary>
public static class NotificationKinds
{
    /// <summary>Results (意見に対する考え方) published for a round I commented on.</summary>
    public const string ResultsPublished = "results-published";

    /// <summary>Replies and official answers in threads I follow.</summary>
    public const string FollowedThreads = "followed-threads";

    /// <summary>Status of my committee applications (審査中, 選考結果).</summary>
    public const string CommitteeStatus = "committee-status";

    public static readonly IReadOnlyList<string> All = [ResultsPublished, FollowedThreads, CommitteeStatus];
}

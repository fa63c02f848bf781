namespace Participation.Core.Clustering;

/// <summary>
/// Topics of a round's latest completed clustering run (published or not — this is for staff screens), each with
/// the opinion ids in it, so the round's grouping screen can suggest opinion groups and make one from a topic in
/// one step without reading the Clustering module's tables. Nothing implements it when the module is absent.
/// </summary>
public interface IClusterGroupSuggestions
{
    /// <summary>Null when the round has no completed run.</summary>
    Task<RoundTopics?> ForRoundAsync(int roundId, CancellationToken cancellationToken = default);

    /// <summary>Records that staff made opinion group <paramref name="groupId"/> from topic <paramref name="clusterId"/> (shown on the topic's page).</summary>
    Task RecordGroupAsync(int roundId, int clusterId, int groupId, int opinions, string? userId, CancellationToken cancellationToken = default);
}

/// <summary>A round's topics: the run they come from and the staff page showing it.</summary>
public sealed record RoundTopics(int RunId, string StaffUrl, DateTime FinishedAtUtc, IReadOnlyList<RoundTopic> Topics);

/// <summary>One topic: label, keywords, the opinion ids placed in it, and groups already made from it.</summary>
public sealed record RoundTopic(int ClusterId, string Label, IReadOnlyList<string> Keywords, IReadOnlyList<int> OpinionIds, IReadOnlyList<int> GroupIds);

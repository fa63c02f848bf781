using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// Suggested opinion groups: the topics the Clustering module found in this round (through
/// <see cref="IClusterGroupSuggestions"/>), each narrowed to the opinions still ungrouped (active, not withheld).
/// Nothing is suggested when no clustering module is installed or the round was never clustered.
/// </summary>
public sealed class SuggestedGroups(ParticipationDbContext db, IEnumerable<IClusterGroupSuggestions> sources)
{
    public const int Samples = 3;

    public IClusterGroupSuggestions? Source => sources.FirstOrDefault();

    public async Task<SuggestedGroupsView?> ForRoundAsync(int roundId, CancellationToken ct)
    {
        if (Source is not { } source || await source.ForRoundAsync(roundId, ct) is not { } topics) return null;
        var ungrouped = await UngroupedAsync(roundId, ct);
        var rows = topics.Topics.Select(t => Row(t, ungrouped)).Where(r => r.OpinionIds.Count > 0)
            .OrderByDescending(r => r.OpinionIds.Count).ToList();
        var sampleIds = rows.SelectMany(r => r.OpinionIds.Take(Samples)).ToList();
        var texts = await db.Set<Opinion>().AsNoTracking().Where(o => sampleIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Text, ct);
        return new SuggestedGroupsView(topics.RunId, topics.StaffUrl, topics.FinishedAtUtc, rows, texts);
    }

    /// <summary>One topic's ungrouped opinions, read again at the moment a group is made from it; null when the topic is not this round's.</summary>
    public async Task<SuggestedGroup?> TopicAsync(int roundId, int clusterId, CancellationToken ct)
    {
        if (Source is not { } source || await source.ForRoundAsync(roundId, ct) is not { } topics) return null;
        var topic = topics.Topics.FirstOrDefault(t => t.ClusterId == clusterId);
        return topic is null ? null : Row(topic, await UngroupedAsync(roundId, ct));
    }

    private async Task<Dictionary<int, string>> UngroupedAsync(int roundId, CancellationToken ct) =>
        await db.Set<Opinion>().AsNoTracking()
            .Where(o => o.RoundId == roundId && o.GroupId == null && !o.Withheld && o.Submission.Status == SubmissionStatus.Active)
            .Select(o => new { o.Id, o.Section }).ToDictionaryAsync(o => o.Id, o => o.Section, ct);

    private static SuggestedGroup Row(RoundTopic topic, IReadOnlyDictionary<int, string> ungrouped)
    {
        var ids = topic.OpinionIds.Where(ungrouped.ContainsKey).Distinct().ToList();
        // The group takes the section most of its opinions concern.
        var section = ids.GroupBy(id => ungrouped[id]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? Opinion.General;
        return new SuggestedGroup(topic.ClusterId, topic.Label, topic.Keywords, ids, section, topic.GroupIds.Count);
    }
}

public sealed record SuggestedGroup(int ClusterId, string Label, IReadOnlyList<string> Keywords, IReadOnlyList<int> OpinionIds, string Section,
    int GroupsMade);

public sealed record SuggestedGroupsView(int RunId, string StaffUrl, DateTime FinishedAtUtc, IReadOnlyList<SuggestedGroup> Groups,
    IReadOnlyDictionary<int, string> SampleTexts);

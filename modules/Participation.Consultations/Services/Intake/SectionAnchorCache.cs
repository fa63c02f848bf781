using System.Collections.Concurrent;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// The section anchors of a draft, for checking submissions, kept for half a minute: reading them renders the
/// draft's Markdown, the dearest part of a submission. A draft does not change while its round is open
/// (revisions come after the close), so the short delay can only matter in rare staff entry after a revision.
/// </summary>
public sealed class SectionAnchorCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<int, (IReadOnlySet<string> Anchors, DateTime Until)> cache = new();

    public async Task<IReadOnlySet<string>> GetAsync(int draftId, Func<Task<IReadOnlySet<string>>> load)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (cache.TryGetValue(draftId, out var hit) && hit.Until > now) return hit.Anchors;
        var anchors = await load();
        cache[draftId] = (anchors, now + Lifetime);
        return anchors;
    }
}

using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;

namespace Participation.Committees.Services;

/// <summary>Members who consented to publication, from the members the secretariat records (for the API and open data).</summary>
public sealed class ConsentingMembers(ParticipationDbContext db) : IPublicMemberDirectory
{
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> ConsentingNamesAsync(IReadOnlyCollection<int> committeeIds, CancellationToken ct)
    {
        var ids = committeeIds.ToList();
        var rows = await db.Set<CommitteeMember>().AsNoTracking()
            .Where(m => ids.Contains(m.CommitteeId) && m.ConsentToPublish)
            .OrderBy(m => m.CommitteeId).ThenBy(m => m.Id)
            .Select(m => new { m.CommitteeId, m.Name })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.CommitteeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Name).ToList());
    }
}

using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;

namespace Participation.Committees.Services;

/// <summary>An application's aggregated review: mean total over reviews without a conflict, the spread and the count.</summary>
public sealed record ReviewSummary(int Count, double? Mean, double? Min, double? Max, int Conflicts)
{
    public static ReviewSummary None { get; } = new(0, null, null, null, 0);
    public double? Spread => Max - Min;
}

public sealed class ReviewAggregates(ParticipationDbContext db)
{
    public async Task<Dictionary<int, ReviewSummary>> ForRecruitmentAsync(int recruitmentId, CancellationToken ct)
    {
        var reviews = await (from r in db.Set<Review>()
                             join a in db.Set<Application>() on r.ApplicationId equals a.Id
                             where a.RecruitmentId == recruitmentId
                             select r).ToListAsync(ct);
        return reviews.GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g =>
        {
            var counted = g.Where(r => !r.ConflictOfInterest).Select(r => r.Total).ToList();
            return counted.Count == 0
                ? new ReviewSummary(0, null, null, null, g.Count(r => r.ConflictOfInterest))
                : new ReviewSummary(counted.Count, counted.Average(), counted.Min(), counted.Max(), g.Count(r => r.ConflictOfInterest));
        });
    }
}

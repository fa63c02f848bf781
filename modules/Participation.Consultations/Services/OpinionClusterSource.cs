using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;

namespace Participation.Consultations.Services;

/// <summary>
/// Opinions for topic clustering: those of active (not withdrawn) submissions, never withheld ones. A round
/// scope takes one round; otherwise rounds of the ward (and city-wide rounds, by the submitter's ward) over
/// the period of receipt. Texts are as submitted: the clustering module redacts what it shows.
/// </summary>
public sealed class OpinionClusterSource(ParticipationDbContext db) : IClusterSource, IClusterContainers
{
    public const string Type = "opinion";

    public string SourceType => Type;

    public async IAsyncEnumerable<ClusterSourceItem> ItemsAsync(ClusterScope scope, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = from o in db.Set<Opinion>().AsNoTracking()
                    join s in db.Set<Submission>().AsNoTracking() on o.SubmissionId equals s.Id
                    join r in db.Set<ConsultationRound>().AsNoTracking() on o.RoundId equals r.Id
                    where !o.Withheld && s.Status == SubmissionStatus.Active
                    select new { o.Id, o.RoundId, o.Text, o.Order, RoundWard = r.WardId, s.WardId, s.ReceivedAt };
        if (scope.ContainerId is not null)
        {
            if (!int.TryParse(scope.ContainerId, out var roundId)) yield break;
            query = query.Where(x => x.RoundId == roundId);
        }
        if (scope.WardId is int ward) query = query.Where(x => x.RoundWard == ward || (x.RoundWard == null && x.WardId == ward));
        if (scope.From is DateTime from) query = query.Where(x => x.ReceivedAt >= from);
        if (scope.To is DateTime to) query = query.Where(x => x.ReceivedAt < to);
        if (scope.SourceIds is { } only)
        {
            var ids = only.Select(s => int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Where(id => id > 0).Distinct().ToList();
            query = query.Where(x => ids.Contains(x.Id));
        }
        var rows = await query.OrderBy(x => x.Id).ToListAsync(cancellationToken);
        foreach (var x in rows)
            yield return new ClusterSourceItem(Type, x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), x.Text, x.RoundWard ?? x.WardId, x.ReceivedAt);
    }

    public async Task<IReadOnlyList<ClusterContainer>> ContainersAsync(int? wardId, CancellationToken cancellationToken = default)
    {
        var rounds = db.Set<ConsultationRound>().AsNoTracking().Where(r => r.Status != RoundStatus.Preparing && r.Status != RoundStatus.Announced);
        if (wardId is int w) rounds = rounds.Where(r => r.WardId == w || r.WardId == null);
        var list = await rounds.OrderByDescending(r => r.OpensAt).Select(r => new { r.Id, r.Title, r.WardId, r.Status }).ToListAsync(cancellationToken);
        return list.Select(r => new ClusterContainer(Type, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Title, r.WardId, $"/rounds/{r.Id}", r.Status == RoundStatus.ResultsPublished)).ToList();
    }
}

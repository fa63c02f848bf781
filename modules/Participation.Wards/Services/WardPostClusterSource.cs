using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Cities;
using Participation.Core.Clustering;
using Participation.Core.Data;

namespace Participation.Wards.Services;

/// <summary>
/// Ward discussion posts for topic clustering (threads and residents' replies, redacted, through
/// <see cref="WardPostTexts"/>). A container is a ward ("ward:{id}": all of its discussions); a ward scope
/// takes that ward, no ward takes every ward; the period filters by posting time.
/// </summary>
public sealed class WardPostClusterSource(ParticipationDbContext db, WardPostTexts texts) : IClusterSource, IClusterContainers
{
    public const string Type = "ward-post";

    public string SourceType => Type;

    public async IAsyncEnumerable<ClusterSourceItem> ItemsAsync(ClusterScope scope, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var wardId = scope.WardId;
        if (scope.ContainerId is not null)
        {
            if (!scope.ContainerId.StartsWith("ward:", StringComparison.Ordinal)
                || !int.TryParse(scope.ContainerId.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var w)) yield break;
            if (wardId is not null && wardId != w) yield break;
            wardId = w;
        }
        var wards = wardId is int one ? [one] : await db.Set<Ward>().AsNoTracking().OrderBy(x => x.SortOrder).Select(x => x.Id).ToListAsync(cancellationToken);
        foreach (var ward in wards)
            foreach (var post in await texts.ForWardAsync(ward, cancellationToken))
            {
                if (scope.From is DateTime from && post.CreatedAtUtc < from) continue;
                if (scope.To is DateTime to && post.CreatedAtUtc >= to) continue;
                if (scope.SourceIds is { } only && !only.Contains(post.SourceId)) continue;
                yield return new ClusterSourceItem(Type, post.SourceId, post.Text, post.WardId, post.CreatedAtUtc);
            }
    }

    public async Task<IReadOnlyList<ClusterContainer>> ContainersAsync(int? wardId, CancellationToken cancellationToken = default)
    {
        var wards = db.Set<Ward>().AsNoTracking();
        if (wardId is int w) wards = wards.Where(x => x.Id == w);
        var list = await wards.OrderBy(x => x.SortOrder).Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken);
        return list.Select(x => new ClusterContainer(Type, $"ward:{x.Id}", x.Name, x.Id, $"/wards/{x.Id}", true)).ToList();
    }
}

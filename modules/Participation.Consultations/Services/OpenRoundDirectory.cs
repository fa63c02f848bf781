using Participation.Consultations.Models;
using Participation.Core.Consultations;

namespace Participation.Consultations.Services;

/// <summary>Open rounds for a ward's page: the ward's own and the city-wide ones, soonest deadline first.</summary>
public sealed class OpenRoundDirectory(RoundQueries rounds) : IOpenRoundDirectory
{
    public async Task<IReadOnlyList<OpenRoundLink>> OpenForWardAsync(int wardId, CancellationToken cancellationToken) =>
        (await rounds.ListPublicAsync(wardId, cancellationToken))
            .Where(r => r.Status == RoundStatus.Open)
            .OrderBy(r => r.Round.ClosesAt)
            .Select(r => new OpenRoundLink(r.Round.Id, r.Round.Title, r.Round.ClosesAt, r.Round.WardId is null))
            .ToList();
}

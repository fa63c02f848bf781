namespace Participation.Core.Consultations;

/// <summary>
/// Rounds now open for comment that concern a ward (its own and the city-wide ones), for the ward's
/// page. Consultations implements it; other modules read no round tables.
/// </summary>
public interface IOpenRoundDirectory
{
    Task<IReadOnlyList<OpenRoundLink>> OpenForWardAsync(int wardId, CancellationToken cancellationToken);
}

/// <summary>A round's public link (<c>/rounds/{Id}</c>) and its deadline.</summary>
public sealed record OpenRoundLink(int Id, string Title, DateTime ClosesAtUtc, bool CityWide);

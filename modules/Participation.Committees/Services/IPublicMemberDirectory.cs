namespace Participation.Committees.Services;

/// <summary>
/// Names of committee members who consented to publication (委員名簿の公表に同意した方), for the public
/// page, the API and open data. Members who did not consent are never listed, not even as a count by name.
/// </summary>
public interface IPublicMemberDirectory
{
    /// <summary>Consenting members' names by committee id; committees without any are absent.</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> ConsentingNamesAsync(IReadOnlyCollection<int> committeeIds, CancellationToken ct);
}

namespace Participation.Core.Me;

/// <summary>
/// "My participation" (/me): each module lists what one person did there — submissions, applications,
/// threads, follows — with its status. The Accounts module gathers all providers; it reads no module's tables.
/// </summary>
public interface IParticipationRecordProvider
{
    Task<IReadOnlyList<ParticipationRecord>> GetForUserAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>
/// One thing a person did. Texts are localisation keys or the person's own text; <paramref name="Url"/>
/// is a root-relative link to its page.
/// </summary>
public sealed record ParticipationRecord(string Module, string KindKey, string Title, string StatusKey,
    DateTime AtUtc, string? Url = null, string? Detail = null);

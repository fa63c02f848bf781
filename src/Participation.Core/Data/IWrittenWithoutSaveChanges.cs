namespace Participation.Core.Data;

/// <summary>
/// Told by code that writes rows with its own SQL instead of <c>SaveChanges</c> (the submission writer's multi-row
/// inserts), after its commit, which entity types it added or changed: what a save would have made the site do on
/// its own (cached public pages showing those entities are evicted).
/// </summary>
public interface IWrittenWithoutSaveChanges
{
    ValueTask CommittedAsync(IReadOnlyCollection<Type> entityTypes, CancellationToken cancellationToken);
}

using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Participation.Core.Data;

namespace Participation.Web.Caching;

/// <summary>
/// After a save, evicts the cached pages of every module whose data changed, so a published answer or a new
/// thread shows at once. Pages that show another module's data through a Core contract (a ward page listing
/// open rounds) may lag by at most the cache lifetime. City and ward changes evict every page.
/// Saves inside an explicit transaction (the submission writer's batches) evict once, after the commit, so a
/// page requested between save and commit cannot be stored with the old data. Rows written with raw SQL are reported
/// through <see cref="IWrittenWithoutSaveChanges"/> and evict the same tags.
/// </summary>
internal sealed class PageCacheEviction(IOutputCacheStore store, ILogger<PageCacheEviction> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IWrittenWithoutSaveChanges
{
    public static string ModuleTag(string module) => "module:" + module.ToLowerInvariant();

    // Tags found before a save, kept with the context until the save completes.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (!InTransaction(eventData.Context)) await EvictAsync(eventData.Context, cancellationToken);
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (!InTransaction(eventData.Context)) EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return base.SavedChanges(eventData, result);
    }

    public async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await EvictAsync(eventData.Context, cancellationToken);

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) pending.Remove(context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) pending.Remove(context);
    }

    private static bool InTransaction(DbContext? context) => context?.Database.CurrentTransaction is not null;

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var tags = TagsOf(context.ChangeTracker.Entries()
            .Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached)).Select(e => e.Metadata.ClrType));
        // Several saves in one transaction add up; they are evicted together at the commit.
        if (pending.TryGetValue(context, out var earlier)) earlier.UnionWith(tags);
        else if (tags.Count > 0) pending.Add(context, tags);
    }

    public ValueTask CommittedAsync(IReadOnlyCollection<Type> entityTypes, CancellationToken cancellationToken) =>
        EvictAsync(TagsOf(entityTypes), cancellationToken);

    private static HashSet<string> TagsOf(IEnumerable<Type> changed)
    {
        var tags = new HashSet<string>();
        foreach (var type in changed)
        {
            var ns = type.Namespace ?? "";
            if (ns.StartsWith("Participation.Core.Cities", StringComparison.Ordinal)) tags.Add(PublicPagePolicy.AllTag);
            var assembly = type.Assembly.GetName().Name ?? "";
            if (assembly.StartsWith("Participation.", StringComparison.Ordinal) && assembly != "Participation.Core")
                tags.Add(ModuleTag(assembly["Participation.".Length..]));
        }
        if (tags.Count > 0) tags.Add(ModuleTag("Web")); // the home page summarises every module
        return tags;
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !pending.TryGetValue(context, out var tags)) return;
        pending.Remove(context);
        await EvictAsync(tags, cancellationToken);
    }

    private async ValueTask EvictAsync(HashSet<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            try { await store.EvictByTagAsync(tag, cancellationToken); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A cache outage must not fail the save that already happened; pages then expire on their own.
                logger.LogWarning(ex, "Could not evict cached pages tagged {Tag}", tag);
            }
        }
    }
}

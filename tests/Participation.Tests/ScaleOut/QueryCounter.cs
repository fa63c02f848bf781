using System.Diagnostics;

namespace Participation.Tests.ScaleOut;

/// <summary>
/// Counts the SQL commands EF Core runs inside one measured flow (an AsyncLocal marks it, so tests running in
/// parallel on other sites don't add to the count). The test server must preserve the execution context.
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<QueryCounter?> Current = new();
    private static readonly QueryCounter Listener = new();
    private static readonly Lazy<DateTime> Subscribed = new(() =>
    {
        DiagnosticListener.AllListeners.Subscribe(Listener);
        return DateTime.UtcNow;
    });
    /// <summary>
    /// A context that ran a command while nobody listened skips the diagnostic events for EF's logging cache time
    /// (one second by default; pooled contexts keep that state between requests): counting starts after it.
    /// </summary>
    private static readonly TimeSpan LoggingCacheTime = TimeSpan.FromSeconds(1.2);
    private int count;

    public static async Task<int> CountAsync(Func<Task> work)
    {
        var waited = Subscribed.Value + LoggingCacheTime - DateTime.UtcNow;
        if (waited > TimeSpan.Zero) await Task.Delay(waited);
        var counter = new QueryCounter();
        Current.Value = counter;
        try { await work(); }
        finally { Current.Value = null; }
        return counter.count;
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore") value.Subscribe(this);
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted" && Current.Value is { } counter)
            Interlocked.Increment(ref counter.count);
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }
}

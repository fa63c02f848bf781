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
    private static int subscribed;
    private int count;

    public static async Task<int> CountAsync(Func<Task> work)
    {
        if (Interlocked.Exchange(ref subscribed, 1) == 0) DiagnosticListener.AllListeners.Subscribe(Listener);
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

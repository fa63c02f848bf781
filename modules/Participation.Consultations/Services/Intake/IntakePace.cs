namespace Participation.Consultations.Services.Intake;

/// <summary>
/// How many submissions this node committed lately, per second. The outbox worker asks it to tell a peak, when it
/// leaves its rows waiting so that the CPU goes to taking submissions (see <see cref="IntakeOptions.OutboxYieldSeconds"/>).
/// </summary>
public sealed class IntakePace(TimeProvider clock)
{
    private readonly Lock gate = new();
    private long second;
    private int current;
    private int previous;

    public void Committed(int count)
    {
        lock (gate)
        {
            Roll();
            current += count;
        }
    }

    /// <summary>Submissions committed in the last whole second, or in the current one when that is more.</summary>
    public int PerSecond
    {
        get
        {
            lock (gate)
            {
                Roll();
                return Math.Max(previous, current);
            }
        }
    }

    private void Roll()
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (now == second) return;
        previous = now == second + 1 ? current : 0;
        current = 0;
        second = now;
    }
}

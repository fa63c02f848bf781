namespace Participation.Consultations.Services.Intake;

/// <summary><c>Participation:Consultations:Intake</c>: the group-commit writer and the outbox worker.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Participation:Consultations:Intake";

    /// <summary>Most submissions committed in one transaction.</summary>
    public int MaxBatch { get; set; } = 256;
    /// <summary>
    /// Most submissions waiting for the group commit. When that many wait, a new one is refused at once (503 with
    /// Retry-After; the web form is shown again with what was typed) instead of queueing ever longer. 0 refuses all.
    /// </summary>
    public int MaxPending { get; set; } = 5000;
    /// <summary>The Retry-After a refused submission is given, in seconds.</summary>
    public int BusyRetryAfterSeconds { get; set; } = 2;
    /// <summary><see cref="BusyRetryAfterSeconds"/> as the Retry-After header's value.</summary>
    public string RetryAfterHeader => BusyRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    /// <summary>How often the outbox worker looks for rows left by a crash or by a node that died.</summary>
    public double OutboxPollSeconds { get; set; } = 5;
    /// <summary>
    /// How long the outbox worker lets fresh rows gather before it processes a part-filled batch, in milliseconds:
    /// each batch costs a clustering placement, a look at the mail folder and a commit of its marks, so at a peak a
    /// few hundred rows at once are far cheaper than a few each time. Receipt mails wait that much longer. 0: at once.
    /// </summary>
    public int OutboxGatherMilliseconds { get; set; } = 50;
    /// <summary>
    /// Peak shaving: while this node commits at least <see cref="OutboxYieldAbovePerSecond"/> submissions a second, the
    /// outbox worker leaves fresh rows waiting, each at most this many seconds after its commit, so the CPU goes to
    /// taking submissions. Receipts are given at once either way; only the receipt mails and the clustering placement
    /// come later. A sustained peak longer than this is processed as it comes. 0: never wait. Keep it well under a
    /// quarter of <see cref="OutboxLeaseSeconds"/> (rows held longer are read back from the database instead).
    /// </summary>
    public double OutboxYieldSeconds { get; set; } = 20;
    /// <summary>
    /// Most fresh rows left waiting in memory while the outbox worker yields (each holds what its receipt mail needs,
    /// about half a kilobyte): beyond this many it processes them though <see cref="OutboxYieldSeconds"/> has not
    /// passed. The default lets a peak of ~12,000 submissions a second wait the whole time (~125 MB at most).
    /// </summary>
    public int OutboxYieldMostRows { get; set; } = 250_000;
    /// <summary>Submissions a second (committed on this node) from which the outbox worker yields to intake.</summary>
    public int OutboxYieldAbovePerSecond { get; set; } = 200;
    /// <summary>How long a node owns an outbox row it took; after that another node may take it.</summary>
    public double OutboxLeaseSeconds { get; set; } = 120;
    /// <summary>
    /// SQLite in WAL mode: how long after a commit the log is copied into the database, by a thread of its own
    /// (<see cref="WalCheckpointer"/>), in milliseconds.
    /// </summary>
    public int WalCheckpointMilliseconds { get; set; } = 10;
    /// <summary>
    /// SQLite in WAL mode: pages the log may hold (4 KiB each) before the writer pauses for one checkpoint so that the
    /// log starts again from its beginning; without that pause it grows as long as a peak lasts.
    /// </summary>
    public int WalRestartAbovePages { get; set; } = 16_384;
    /// <summary>How long the submission path reuses a round it read (0: read it for every submission).</summary>
    public double RoundCacheSeconds { get; set; } = 1;
}

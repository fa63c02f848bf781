namespace Participation.Committees.Selection;

/// <summary>Why quotas fail: a specific, countable reason a secretariat can act on.</summary>
public enum QuotaIssueKind
{
    /// <summary>Fewer volunteers carry the value than its minimum.</summary>
    NotEnoughVolunteers,
    /// <summary>The minima of one category add up to more than the panel size.</summary>
    MinimaExceedPanelSize,
    /// <summary>The maxima of one category (capped by who is available) add up to less than the panel size.</summary>
    MaximaBelowPanelSize,
    /// <summary>The pool (after the household rule) is smaller than the panel.</summary>
    PoolTooSmall,
    /// <summary>Each quota can hold alone, but this set of quotas cannot hold together.</summary>
    ConflictingSet,
}

/// <summary>One reason, with the quotas involved.</summary>
public sealed record QuotaIssue(QuotaIssueKind Kind, IReadOnlyList<Quota> Quotas, int Needed, int Available);

/// <summary>One quota bound that the smallest relaxation changes.</summary>
public sealed record QuotaChange(Quota Quota, int NewMin, int NewMax)
{
    public int Amount => Math.Abs(Quota.Min - NewMin) + Math.Abs(NewMax - Quota.Max);
}

/// <summary>Result of the feasibility check, run before any long computation.</summary>
public sealed record FeasibilityReport(
    bool Feasible,
    IReadOnlyList<QuotaIssue> Issues,
    IReadOnlyList<QuotaChange> Relaxation,
    bool RelaxationFound)
{
    public static FeasibilityReport Ok { get; } = new(true, [], [], false);

    /// <summary>A plain-language explanation (Japanese or English) of the issues and the smallest relaxation.</summary>
    public IReadOnlyList<string> Describe(bool japanese = true) => FeasibilityText.Describe(this, japanese);
}

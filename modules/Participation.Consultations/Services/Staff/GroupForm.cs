namespace Participation.Consultations.Services.Staff;

/// <summary>What staff type for a group: summary, answer (考え方), 反映区分 and the changed sections.</summary>
public sealed class GroupForm
{
    public string? Summary { get; set; }
    public string? Answer { get; set; }
    public string? Reflection { get; set; }
    public List<string> ChangedSections { get; set; } = [];
    /// <summary>The version the editor started from (optimistic concurrency).</summary>
    public int Version { get; set; }
}

/// <summary>One piece of a split opinion.</summary>
public sealed class SplitPiece
{
    public string? Section { get; set; }
    public string? Text { get; set; }
}

public sealed class SplitForm
{
    public const int Slots = 4;
    public List<SplitPiece> Pieces { get; set; } = [];
    public int Version { get; set; }

    public void Pad()
    {
        while (Pieces.Count < Slots) Pieces.Add(new SplitPiece { Section = Models.Opinion.General });
    }
}

public enum EditOutcome { Saved, Invalid, Conflict, NotFound }

/// <summary>Outcome of an edit: field → localisation key on Invalid.</summary>
public sealed record EditResult(EditOutcome Outcome, IReadOnlyDictionary<string, string>? Errors = null, int? Id = null)
{
    public static readonly EditResult Saved = new(EditOutcome.Saved);
    public static readonly EditResult Conflict = new(EditOutcome.Conflict);
    public static readonly EditResult NotFound = new(EditOutcome.NotFound);
    public static EditResult Invalid(Dictionary<string, string> errors) => new(EditOutcome.Invalid, errors);
}

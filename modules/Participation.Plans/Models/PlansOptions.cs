namespace Participation.Plans.Models;

/// <summary>The <c>Participation:Plans</c> settings: statuses with their progress, and grade thresholds.</summary>
public sealed class PlansOptions
{
    public const string Section = "Participation:Plans";

    /// <summary>Statuses in display order. Empty in configuration means the defaults.</summary>
    public List<MeasureStatus> Statuses { get; set; } = [];

    public GradeThresholds Grades { get; set; } = new();

    public static readonly IReadOnlyList<MeasureStatus> DefaultStatuses =
    [
        new() { Key = "not-started", Label = "未着手", LabelEn = "Not started", Progress = 0 },
        new() { Key = "considering", Label = "検討中", LabelEn = "Under consideration", Progress = 10 },
        new() { Key = "in-progress", Label = "実施中", LabelEn = "In progress", Progress = 50 },
        new() { Key = "done", Label = "完了", LabelEn = "Completed", Progress = 100 },
    ];

    public IReadOnlyList<MeasureStatus> EffectiveStatuses => Statuses.Count > 0 ? Statuses : DefaultStatuses;

    public MeasureStatus? FindStatus(string key) => EffectiveStatuses.FirstOrDefault(s => s.Key == key);
}

/// <summary>A configurable measure status and the progress it stands for (0–100).</summary>
public sealed class MeasureStatus
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string LabelEn { get; set; } = "";
    public double Progress { get; set; }
}

/// <summary>Minimum achievement rates (%) for grades A, B and C; anything lower is D.</summary>
public sealed class GradeThresholds
{
    public double A { get; set; } = 100;
    public double B { get; set; } = 80;
    public double C { get; set; } = 50;
}

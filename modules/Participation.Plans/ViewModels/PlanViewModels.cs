using Participation.Core.Cities;
using Participation.Plans.Models;
using Participation.Plans.Services;

namespace Participation.Plans.ViewModels;

public sealed record PlansIndexViewModel(IReadOnlyList<PlanSummary> Plans);

public sealed record PlanDetailViewModel(PlanDetail Detail, PlanFilter Filter, IReadOnlyDictionary<int, string> WardNames);

public sealed record MeasureViewModel(MeasureDetail Detail, IReadOnlyDictionary<int, string> WardNames, bool CanEdit,
    IReadOnlyList<VoiceCountPoint> VoiceOverTime);

/// <summary>Linked opinions counted by the fiscal year they were linked in.</summary>
public sealed record VoiceCountPoint(int FiscalYear, int Count);

/// <summary>The staff start page: published plans with their sheets, and plans still being drafted (only staff see those).</summary>
public sealed record StaffPlansViewModel(IReadOnlyList<PlanSummary> Plans, ImportResult? Result, int? PlanId, IReadOnlyList<Plan>? Unpublished = null);

public sealed record StaffMeasureViewModel(MeasureDetail Detail, IReadOnlyList<MeasureStatus> Statuses, bool CanEdit,
    IReadOnlyList<MeasureSuggestion> Suggestions, string? SuggestText, string? Error, VoiceLinkInput Input);

public sealed class VoiceLinkInput
{
    public string SourceType { get; set; } = VoiceSourceTypes.Cluster;
    public string SourceId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public int Count { get; set; }
    public string RepresentativeText { get; set; } = "";
}

public static class WardNames
{
    public static IReadOnlyDictionary<int, string> Of(IEnumerable<Ward> wards) => wards.ToDictionary(w => w.Id, w => w.Name);
}

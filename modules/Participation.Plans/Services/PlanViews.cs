using Participation.Plans.Models;

namespace Participation.Plans.Services;

/// <summary>Read models of <see cref="PlanQueries"/>: plain records, ready for views, JSON and GraphQL.</summary>
public sealed record PlanSummary(int Id, string Title, string Vision, int StartFiscalYear, int EndFiscalYear,
    double Progress, int MeasureCount, int KpiCount, IReadOnlyDictionary<string, int> GradeCounts);

public sealed record PlanNodeView(int Id, int PlanId, int? ParentId, PlanLevel Level, string Code, string Title, string Description,
    string Department, int? WardId, string Status, string StatusLabel, double Weight, double Progress, IReadOnlyList<KpiView> Kpis,
    int VoiceCount);

public sealed record KpiView(int Id, int MeasureId, string Name, string Unit, double BaselineValue, int BaselineFiscalYear,
    double TargetValue, int TargetFiscalYear, bool HigherIsBetter, string Comment, IReadOnlyList<KpiActualView> Actuals,
    KpiResult Latest);

public sealed record KpiActualView(int FiscalYear, double Value, double? Rate, string Grade);

public sealed record PlanDetail(PlanSummary Plan, IReadOnlyList<PlanNodeView> Nodes, IReadOnlyList<string> Departments,
    IReadOnlyList<int> WardIds);

public sealed record MeasureDetail(PlanNodeView Measure, PlanSummary Plan, IReadOnlyList<PlanNodeView> Ancestors,
    IReadOnlyList<PlanNodeView> Children, IReadOnlyList<ProgressUpdate> Timeline, IReadOnlyList<MeasureVoiceLink> Voice);

/// <summary>Filters of the dashboards; null means all.</summary>
public sealed record PlanFilter(string? Department = null, int? WardId = null);

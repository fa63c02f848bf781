using Participation.Core.Cities;
using Participation.Plans.Models;

namespace Participation.Plans.ViewModels;

public sealed record PlanFormModel(int? PlanId, PlanInput Input);

/// <summary>The staff view of a plan's whole tree, published or not, with what this person may change.</summary>
public sealed record PlanTreeModel(Plan Plan, IReadOnlyList<PlanMeasure> Nodes, IReadOnlyDictionary<int, string> WardNames, string? Error);

public sealed record MeasureFormModel(int PlanId, string PlanTitle, int? MeasureId, PlanLevel Level, string? ParentTitle,
    MeasureInput Input, IReadOnlyList<Ward> Wards, IReadOnlyList<MeasureStatus> Statuses);

public sealed record KpiFormModel(PlanMeasure Measure, int? KpiId, KpiInput Input);

public sealed record ActualsFormModel(PlanMeasure Measure, Kpi Kpi, ActualsInput Input, IReadOnlyDictionary<int, double> Stored);

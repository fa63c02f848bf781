using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.GraphQL;
using Participation.Plans.Services;

namespace Participation.Plans.GraphQL;

/// <summary><c>Plan { id title measures }</c>: a published comprehensive plan (総合計画).</summary>
public sealed class PlanType : ObjectGraphType<PlanSummary>
{
    public PlanType()
    {
        Name = "Plan";
        Description = "A comprehensive plan (総合計画) and its measures.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The {id} of /plans/{id}.").Resolve(c => GraphIds.Of(c.Source.Id));
        Field(p => p.Title);
        Field(p => p.Vision).Description("The vision (基本構想).");
        Field(p => p.StartFiscalYear).Description("First fiscal year (2025 = 令和7年度).");
        Field(p => p.EndFiscalYear);
        Field(p => p.Progress).Description("Weighted progress of the whole plan, 0–100.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasureType>>>>("measures").WithComplexityImpact(1, 30)
            .Description("Measures (施策) and projects (事業).")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PlanGraphData>().MeasuresAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => $"/plans/{c.Source.Id}");
    }
}

/// <summary><c>Measure { id title status progress kpis }</c>.</summary>
public sealed class MeasureType : ObjectGraphType<PlanNodeView>
{
    public MeasureType()
    {
        Name = "Measure";
        Description = "A measure (施策) or project (事業) of a plan, with its status and indicators.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The {id} of /plans/measures/{id}.").Resolve(c => GraphIds.Of(c.Source.Id));
        Field(m => m.Code).Description("The plan's own code (1-2-3).");
        Field<NonNullGraphType<StringGraphType>>("level").Description("MEASURE or PROJECT.")
            .Resolve(c => c.Source.Level == Models.PlanLevel.Project ? "PROJECT" : "MEASURE");
        Field<IdGraphType>("parentId").Resolve(c => c.Source.ParentId is { } p ? GraphIds.Of(p) : null);
        Field(m => m.Title);
        Field(m => m.Department);
        Field(m => m.Status).Description("Status key (not-started, in-progress, …).");
        Field(m => m.StatusLabel).Description("Status in Japanese.");
        Field(m => m.Progress).Description("Progress 0–100, rolled up from projects by weight.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiType>>>>("kpis").WithComplexityImpact(1, 2).Resolve(c => c.Source.Kpis);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => $"/plans/measures/{c.Source.Id}");
    }
}

/// <summary><c>Kpi { name unit baseline target grade actuals }</c>.</summary>
public sealed class KpiType : ObjectGraphType<KpiView>
{
    public KpiType()
    {
        Name = "Kpi";
        Description = "An outcome indicator (成果指標) with baseline, target and yearly actuals.";
        Field(k => k.Name);
        Field(k => k.Unit);
        Field<NonNullGraphType<FloatGraphType>>("baseline").Resolve(c => c.Source.BaselineValue);
        Field(k => k.BaselineFiscalYear);
        Field<NonNullGraphType<FloatGraphType>>("target").Resolve(c => c.Source.TargetValue);
        Field(k => k.TargetFiscalYear);
        Field(k => k.HigherIsBetter);
        Field<NonNullGraphType<StringGraphType>>("grade").Description("A–D by the latest actual's achievement; - without actuals.")
            .Resolve(c => c.Source.Latest.Grade);
        Field<FloatGraphType>("achievementRate").Description("Percent of the way from baseline to target, latest actual.")
            .Resolve(c => c.Source.Latest.Rate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiActualType>>>>("actuals").WithComplexityImpact(1, 5).Resolve(c => c.Source.Actuals);
    }
}

/// <summary><c>KpiActual { fiscalYear value }</c>.</summary>
public sealed class KpiActualType : ObjectGraphType<KpiActualView>
{
    public KpiActualType()
    {
        Name = "KpiActual";
        Field(a => a.FiscalYear).Description("The year the fiscal year starts in (2025 = 令和7年度).");
        Field(a => a.Value);
        Field(a => a.Grade);
    }
}

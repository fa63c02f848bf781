namespace Participation.Plans.Models;

/// <summary>Where a node sits in the plan tree.</summary>
public enum PlanLevel
{
    /// <summary>政策分野 of the 基本計画 (e.g. 子育て・教育).</summary>
    PolicyArea = 0,
    /// <summary>施策 of the 基本計画.</summary>
    Measure = 1,
    /// <summary>事業 of the 実施計画.</summary>
    Project = 2,
}

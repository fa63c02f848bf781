using Microsoft.Extensions.Options;
using Participation.Plans.Models;

namespace Participation.Plans.Services;

/// <summary>The configured statuses and grade thresholds, with the defaults filled in.</summary>
public sealed class PlansSettings(IOptions<PlansOptions> options)
{
    public IReadOnlyList<MeasureStatus> Statuses => options.Value.EffectiveStatuses;
    public GradeThresholds Grades => options.Value.Grades;

    public double StatusProgress(string key) => options.Value.FindStatus(key)?.Progress ?? 0;

    public bool IsStatus(string key) => options.Value.FindStatus(key) is not null;

    public string StatusLabel(string key, bool english = false)
    {
        var s = options.Value.FindStatus(key);
        if (s is null) return key;
        return english && s.LabelEn.Length > 0 ? s.LabelEn : s.Label;
    }
}

namespace Participation.Committees.Selection;

/// <summary>Turns a <see cref="FeasibilityReport"/> into sentences for the secretariat.</summary>
internal static class FeasibilityText
{
    public static IReadOnlyList<string> Describe(FeasibilityReport report, bool ja)
    {
        var lines = new List<string>();
        if (report.Feasible) { lines.Add(ja ? "すべての割当て条件を同時に満たせます。" : "All quotas can be met together."); return lines; }
        foreach (var issue in report.Issues) lines.Add(Issue(issue, ja));
        if (report.RelaxationFound && report.Relaxation.Count > 0)
        {
            lines.Add(ja ? "最小の緩和案（変更量の合計が最小）:" : "Smallest relaxation (least total change):");
            foreach (var c in report.Relaxation)
                lines.Add(ja
                    ? $"・{Name(c.Quota)}: {c.Quota.Min}〜{c.Quota.Max}人 → {c.NewMin}〜{c.NewMax}人"
                    : $"- {Name(c.Quota)}: {c.Quota.Min}–{c.Quota.Max} → {c.NewMin}–{c.NewMax}");
        }
        else if (!report.RelaxationFound)
            lines.Add(ja ? "割当ての緩和だけでは解決できません（応募者数・定数・世帯条件を見直してください）。"
                         : "No relaxation of the quotas alone helps: check the pool, the panel size and the household rule.");
        return lines;
    }

    private static string Name(Quota q) => $"{q.Category}={q.Value}";

    private static string Issue(QuotaIssue issue, bool ja)
    {
        var names = string.Join(ja ? "、" : ", ", issue.Quotas.Select(q => $"{Name(q)}（{q.Min}〜{q.Max}）"));
        return issue.Kind switch
        {
            QuotaIssueKind.NotEnoughVolunteers => ja
                ? $"{names}: 最低{issue.Needed}人が必要ですが、該当する応募者は{issue.Available}人しかいません。"
                : $"{names}: needs at least {issue.Needed} but only {issue.Available} volunteers qualify.",
            QuotaIssueKind.MinimaExceedPanelSize => ja
                ? $"{issue.Quotas[0].Category}の最低人数の合計（{issue.Needed}人）が定数（{issue.Available}人）を超えています。"
                : $"The minima of {issue.Quotas[0].Category} add up to {issue.Needed}, more than the {issue.Available} seats.",
            QuotaIssueKind.MaximaBelowPanelSize => ja
                ? $"{issue.Quotas[0].Category}の上限の合計（応募者数で頭打ち、{issue.Available}人）が定数（{issue.Needed}人）に届きません。"
                : $"The maxima of {issue.Quotas[0].Category} (capped by the pool) add up to {issue.Available}, fewer than the {issue.Needed} seats.",
            QuotaIssueKind.PoolTooSmall => ja
                ? $"選べる応募者（世帯条件を考慮）が{issue.Available}人で、定数{issue.Needed}人に足りません。"
                : $"Only {issue.Available} volunteers can sit together (household rule included), fewer than {issue.Needed} seats.",
            _ => ja
                ? $"次の条件は個別には満たせますが、同時には満たせません: {names}"
                : $"These quotas can each hold alone but not together: {names}",
        };
    }
}

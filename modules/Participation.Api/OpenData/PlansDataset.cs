namespace Participation.Api.OpenData;

/// <summary>Plans, measures and KPIs: one row per KPI and fiscal year (a measure without KPIs has one row of its own).</summary>
public sealed class PlansDataset : IOpenDataset
{
    public string Key => "plans";
    public string? RequiresField => "plans";

    public IReadOnlyList<Column> Columns { get; } =
    [
        new("plan_id", "計画ID"), new("plan_title", "計画名"), new("measure_id", "施策ID"), new("measure_code", "施策番号"),
        new("measure_title", "施策・事業名"), new("level", "区分"), new("department", "担当課"), new("status", "進捗状況"),
        new("progress", "進捗率（%）"), new("kpi_name", "成果指標"), new("unit", "単位"), new("baseline", "基準値"),
        new("baseline_fiscal_year", "基準年度"), new("target", "目標値"), new("target_fiscal_year", "目標年度"),
        new("grade", "評価"), new("fiscal_year", "年度"), new("value", "実績値"),
    ];

    public async Task<DatasetRows> BuildAsync(SchemaReader reader, CancellationToken ct)
    {
        var data = await reader.QueryAsync("""
            { plans { id title measures { id code level title department statusLabel progress
                kpis { name unit baseline baselineFiscalYear target targetFiscalYear grade actuals { fiscalYear value } } } } }
            """, null, ct);
        var rows = new List<object?[]>();
        var latestYear = 0;
        foreach (var p in data.Arr("plans"))
            foreach (var m in p.Arr("measures"))
            {
                object?[] Measure() => [p.Str("id"), p.Str("title"), m.Str("id"), m.Str("code"), m.Str("title"), m.Str("level"),
                    m.Str("department"), m.Str("statusLabel"), m.Num("progress")];
                var kpis = m.Arr("kpis").ToList();
                if (kpis.Count == 0) rows.Add([.. Measure(), null, null, null, null, null, null, null, null, null]);
                foreach (var k in kpis)
                {
                    object?[] Kpi() => [k.Str("name"), k.Str("unit"), k.Num("baseline"), k.Num("baselineFiscalYear"), k.Num("target"), k.Num("targetFiscalYear"), k.Str("grade")];
                    var actuals = k.Arr("actuals").ToList();
                    if (actuals.Count == 0) rows.Add([.. Measure(), .. Kpi(), null, null]);
                    foreach (var a in actuals)
                    {
                        latestYear = Math.Max(latestYear, (int)(a.Num("fiscalYear") ?? 0));
                        rows.Add([.. Measure(), .. Kpi(), a.Num("fiscalYear"), a.Num("value")]);
                    }
                }
            }
        // Progress statuses are edited at any time: the file is current as of today.
        return new DatasetRows(rows, Json.Latest([reader.Now], reader.Now));
    }
}

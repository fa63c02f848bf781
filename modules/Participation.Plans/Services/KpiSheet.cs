namespace Participation.Plans.Services;

/// <summary>
/// The spreadsheet staff download and upload: one row per KPI and fiscal year. Only 指標ID, 年度
/// and 実績値 are read back; the other columns are there so people know what they are typing.
/// </summary>
public static class KpiSheet
{
    public static readonly string[] Columns = ["指標ID", "施策コード", "施策名", "指標名", "単位", "年度", "実績値"];
    public const int IdColumn = 0, YearColumn = 5, ValueColumn = 6;

    /// <summary>Rows of a plan: every recorded actual, plus an empty row per KPI for the next year to fill in.</summary>
    public static List<string[]> Rows(IEnumerable<(Models.PlanMeasure Measure, Models.Kpi Kpi)> kpis, bool template)
    {
        var rows = new List<string[]>();
        foreach (var (m, k) in kpis.OrderBy(p => CodeKey(p.Measure.Code)))
        {
            if (!template)
                foreach (var a in k.Actuals.OrderBy(a => a.FiscalYear))
                    rows.Add([k.Id.ToString(), m.Code, m.Title, k.Name, k.Unit, a.FiscalYear.ToString(),
                        a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            else
                rows.Add([k.Id.ToString(), m.Code, m.Title, k.Name, k.Unit, "", ""]);
        }
        return rows;
    }

    /// <summary>1-10 after 1-9: codes sort by their numeric parts.</summary>
    private static string CodeKey(string code) => string.Join("-", code.Split('-').Select(p => p.PadLeft(6, '0')));
}

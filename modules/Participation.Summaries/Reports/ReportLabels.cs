using Microsoft.Extensions.Localization;
using Participation.Core.Consultations;
using Participation.Core.Text;
using Participation.Core.Time;

namespace Participation.Summaries.Reports;

/// <summary>The words reports put on counts and dates, from reports.strings.json.</summary>
public sealed class ReportLabels(IStringLocalizer t)
{
    public IStringLocalizer T => t;

    public string this[string key] => t[key].Value;
    public string this[string key, params object[] args] => t[key, args].Value;

    public string Channel(string key) => t[$"Reports.Channel.{key}"].Value;
    public string Category(string key) => t[$"Reports.Category.{key}"].Value;
    public string Status(string key) => t[$"Reports.Status.{key}"].Value;
    public string Ward(ReportCount c) => c.Label ?? t["Reports.UnknownWard"].Value;
    public string Section(string section, string? label) => label ?? (section == "general" ? t["Reports.General"].Value : section);
    public string Area(RoundReportListing r) => r.WardName ?? t["Reports.CityWide"].Value;

    /// <summary>令和8年11月22日 — reports for the council use 和暦.</summary>
    public static string Date(DateTime utc) => JapaneseDate.ToWareki(DateOnly.FromDateTime(TokyoTime.ToTokyo(utc)));

    public static string Date(DateOnly day) => JapaneseDate.ToWareki(day);

    public string Period(RoundReportListing r) => t["Reports.PeriodValue", Date(r.OpensAtUtc), Date(r.ClosesAtUtc)].Value;

    /// <summary>2026-11 → 令和8年11月</summary>
    public static string Month(string key)
    {
        if (!DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", out var day)) return key;
        var (era, year) = JapaneseDate.EraYear(day);
        return $"{era}{JapaneseDate.YearText(year)}年{day.Month}月";
    }
}

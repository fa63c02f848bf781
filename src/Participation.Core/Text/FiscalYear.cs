namespace Participation.Core.Text;

/// <summary>
/// A Japanese fiscal year (年度), April to March, named by the calendar year it starts in:
/// 令和8年度 = 2026-04-01 … 2027-03-31.
/// </summary>
public readonly record struct FiscalYear(int StartYear) : IComparable<FiscalYear>
{
    public static FiscalYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public DateOnly FirstDay => new(StartYear, 4, 1);
    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>令和8年度 (the era in force on 1 April).</summary>
    public string ToWareki()
    {
        // 2019年度 began under 平成 but is conventionally called 令和元年度.
        var reference = StartYear == 2019 ? new DateOnly(2019, 5, 1) : FirstDay;
        var (era, year) = JapaneseDate.EraYear(reference);
        return $"{era}{JapaneseDate.YearText(year)}年度";
    }

    /// <summary>2026年度</summary>
    public string ToSeireki() => $"{StartYear}年度";

    /// <summary>FY2026 (Reiwa 8)</summary>
    public string ToEnglish()
    {
        var reference = StartYear == 2019 ? new DateOnly(2019, 5, 1) : FirstDay;
        return $"FY{StartYear} ({JapaneseDate.EraRomaji(reference)} {JapaneseDate.EraYear(reference).Year})";
    }

    public int CompareTo(FiscalYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => ToSeireki();
}

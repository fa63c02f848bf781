using System.Globalization;

namespace Participation.Core.Text;

/// <summary>
/// 和暦 (Japanese era) and 西暦 dates: 令和8年11月22日, 令和元年5月1日, 2026年11月22日.
/// Era table from the official start dates (Gregorian); dates before 明治6年 (1873, when Japan
/// adopted the Gregorian calendar) are out of range.
/// </summary>
public static class JapaneseDate
{
    private sealed record Era(string Name, string Romaji, string Initial, DateOnly Start);

    private static readonly Era[] Eras =
    [
        new("令和", "Reiwa", "R", new DateOnly(2019, 5, 1)),
        new("平成", "Heisei", "H", new DateOnly(1989, 1, 8)),
        new("昭和", "Showa", "S", new DateOnly(1926, 12, 25)),
        new("大正", "Taisho", "T", new DateOnly(1912, 7, 30)),
        new("明治", "Meiji", "M", new DateOnly(1868, 1, 25)),
    ];

    /// <summary>The era name and year number of a date, e.g. (令和, 8).</summary>
    public static (string Era, int Year) EraYear(DateOnly date)
    {
        var era = FindEra(date);
        return (era.Name, date.Year - era.Start.Year + 1);
    }

    /// <summary>令和8年11月22日 (元年 for the first year).</summary>
    public static string ToWareki(DateOnly date)
    {
        var (era, year) = EraYear(date);
        return $"{era}{YearText(year)}年{date.Month}月{date.Day}日";
    }

    /// <summary>令和8年11月22日（2026年）— the form DOMAIN.md asks sites to show.</summary>
    public static string ToWarekiWithSeireki(DateOnly date) => $"{ToWareki(date)}（{date.Year}年）";

    /// <summary>2026年11月22日</summary>
    public static string ToSeireki(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>Nov 22, 2026 (Reiwa 8)</summary>
    public static string ToEnglish(DateOnly date)
    {
        var (_, year) = EraYear(date);
        return $"{date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)} ({FindEra(date).Romaji} {year})";
    }

    /// <summary>The era year as written: 元 for 1, otherwise the number.</summary>
    public static string YearText(int eraYear) => eraYear == 1 ? "元" : eraYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>The Japanese era name of a Gregorian year's first day of the fiscal year or date.</summary>
    internal static string EraName(DateOnly date) => FindEra(date).Name;

    internal static string EraRomaji(DateOnly date) => FindEra(date).Romaji;

    private static Era FindEra(DateOnly date) =>
        Eras.FirstOrDefault(e => date >= e.Start)
        ?? throw new ArgumentOutOfRangeException(nameof(date), date, "Dates before 明治 are not supported.");
}

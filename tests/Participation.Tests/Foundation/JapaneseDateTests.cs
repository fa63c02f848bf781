using Participation.Core.Text;

namespace Participation.Tests.Foundation;

public sealed class JapaneseDateTests
{
    [Theory]
    [InlineData(2026, 11, 22, "令和8年11月22日")]
    [InlineData(2019, 5, 1, "令和元年5月1日")]
    [InlineData(2019, 4, 30, "平成31年4月30日")]
    [InlineData(1989, 1, 8, "平成元年1月8日")]
    [InlineData(1989, 1, 7, "昭和64年1月7日")]
    [InlineData(1926, 12, 25, "昭和元年12月25日")]
    [InlineData(1926, 12, 24, "大正15年12月24日")]
    [InlineData(1912, 7, 30, "大正元年7月30日")]
    [InlineData(1912, 7, 29, "明治45年7月29日")]
    public void Wareki(int y, int m, int d, string expected) =>
        Assert.Equal(expected, JapaneseDate.ToWareki(new DateOnly(y, m, d)));

    [Fact]
    public void Wareki_with_seireki_and_english()
    {
        var date = new DateOnly(2026, 11, 22);
        Assert.Equal("令和8年11月22日（2026年）", JapaneseDate.ToWarekiWithSeireki(date));
        Assert.Equal("2026年11月22日", JapaneseDate.ToSeireki(date));
        Assert.Equal("Nov 22, 2026 (Reiwa 8)", JapaneseDate.ToEnglish(date));
    }

    [Fact]
    public void Dates_before_meiji_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseDate.ToWareki(new DateOnly(1800, 1, 1)));

    [Theory]
    [InlineData(2027, 3, 31, 2026)]
    [InlineData(2026, 4, 1, 2026)]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2026, 1, 1, 2025)]
    public void Fiscal_year_runs_april_to_march(int y, int m, int d, int fiscal) =>
        Assert.Equal(fiscal, FiscalYear.Of(new DateOnly(y, m, d)).StartYear);

    [Theory]
    [InlineData(2026, "令和8年度")]
    [InlineData(2019, "令和元年度")]
    [InlineData(2018, "平成30年度")]
    [InlineData(1988, "昭和63年度")]
    public void Fiscal_year_in_wareki(int start, string expected) =>
        Assert.Equal(expected, new FiscalYear(start).ToWareki());

    [Fact]
    public void Fiscal_year_bounds_and_labels()
    {
        var fy = new FiscalYear(2026);
        Assert.Equal(new DateOnly(2026, 4, 1), fy.FirstDay);
        Assert.Equal(new DateOnly(2027, 3, 31), fy.LastDay);
        Assert.True(fy.Contains(new DateOnly(2027, 2, 28)));
        Assert.False(fy.Contains(new DateOnly(2027, 4, 1)));
        Assert.Equal("2026年度", fy.ToSeireki());
        Assert.Equal("FY2026 (Reiwa 8)", fy.ToEnglish());
    }

    [Fact]
    public void Tokyo_day_starts_at_15_utc_the_day_before()
    {
        var start = Participation.Core.Time.TokyoTime.StartOfDay(new DateOnly(2026, 11, 30));
        Assert.Equal(new DateTime(2026, 11, 29, 15, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(new DateTime(2026, 11, 30, 0, 0, 0), Participation.Core.Time.TokyoTime.ToTokyo(start));
    }
}

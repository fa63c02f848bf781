namespace Participation.Core.Time;

/// <summary>
/// Japan Standard Time (UTC+9, no daylight saving). Dates are stored in UTC and shown in Tokyo time;
/// periods such as "open until 11月30日" end at the end of that day in Tokyo.
/// </summary>
public static class TokyoTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime ToTokyo(DateTime utc) => DateTime.SpecifyKind(ToUtc(utc) + Offset, DateTimeKind.Unspecified);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToTokyo(clock.GetUtcNow().UtcDateTime));

    /// <summary>The UTC instant of a Tokyo wall-clock time.</summary>
    public static DateTime FromTokyo(DateTime tokyoLocal) => DateTime.SpecifyKind(tokyoLocal - Offset, DateTimeKind.Utc);

    /// <summary>The UTC instant at which a Tokyo calendar day begins.</summary>
    public static DateTime StartOfDay(DateOnly day) => FromTokyo(day.ToDateTime(TimeOnly.MinValue));

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => value,
    };

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("Asia/Tokyo", Offset, "Japan Standard Time", "JST"); }
    }
}

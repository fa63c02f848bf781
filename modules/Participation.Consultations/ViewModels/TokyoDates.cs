using Participation.Core.Text;
using Participation.Core.Time;

namespace Participation.Consultations.ViewModels;

/// <summary>Dates on pages: Japanese era date plus Tokyo clock time.</summary>
public static class TokyoDates
{
    public static string Day(DateTime utc) => JapaneseDate.ToWareki(DateOnly.FromDateTime(TokyoTime.ToTokyo(utc)));

    public static string DayTime(DateTime utc) => $"{Day(utc)} {TokyoTime.ToTokyo(utc):HH:mm}";
}

using Participation.Core.Time;
using Participation.Wards.Models;

namespace Participation.Wards.Recipes;

/// <summary>Upcoming meetings and one past meeting with minutes for a demo ward (fictional places and links).</summary>
public static class DemoMeetings
{
    public static IEnumerable<WardMeeting> For(int wardId, string wardName, string place, int index, DateTime nowUtc)
    {
        var today = TokyoTime.ToTokyo(nowUtc).Date;
        DateTime At(int days, int hour) => TokyoTime.FromTokyo(today.AddDays(days).AddHours(hour));
        yield return new WardMeeting
        {
            WardId = wardId, Kind = MeetingKind.WardAssembly, Title = $"第{3 + index}回 {wardName}区民会議",
            StartsAt = At(14 + index, 14), EndsAt = At(14 + index, 16), Place = $"{wardName}役所 3階 大会議室",
            OnlineUrl = "https://meet.example.jp/ward-assembly", Capacity = 40,
            AccessibilityNotes = "車いすで入れます（エレベーターあり）。手話通訳と要約筆記があります。託児（1歳以上・要予約）があります。",
        };
        yield return new WardMeeting
        {
            WardId = wardId, Kind = MeetingKind.TownMeeting, Title = $"タウンミーティング「{place}のまちづくりを語ろう」",
            StartsAt = At(30 + index, 18), EndsAt = At(30 + index, 20), Place = $"{place}地区センター 多目的ホール",
            Capacity = 60, AccessibilityNotes = "段差のない会場です。磁気ループを用意しています。",
        };
        yield return new WardMeeting
        {
            WardId = wardId, Kind = MeetingKind.WardAssembly, Title = $"第{2 + index}回 {wardName}区民会議",
            StartsAt = At(-60, 14), EndsAt = At(-60, 16), Place = $"{wardName}役所 3階 大会議室", Capacity = 40,
            MinutesPublished = true, MinutesPublishedAt = At(-50, 10),
            Minutes = $"## 出席者\n委員12名、区職員5名\n\n## 主な議題\n1. {place}地区の防災訓練の進め方\n2. 通学路の安全対策の状況報告\n3. 区民まつりの振り返り\n\n## 主な意見\n- 防災訓練に子育て世代が参加しやすい時間帯を検討してほしい\n- 通学路の路面標示は効果があった\n",
        };
    }
}

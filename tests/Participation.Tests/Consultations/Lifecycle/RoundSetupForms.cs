using System.Globalization;
using Participation.Core.Time;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

/// <summary>Fills in the staff set-up form as a browser would.</summary>
public static class RoundSetupForms
{
    public const string Markdown = "市民の皆さまのご意見を募集します。\n\n## 目的\n\n区内の公園を使いやすくします。\n\n## 取組\n\n遊具を更新します。\n";

    public static List<(string, string)> Fields(int? wardId, DateTime opensUtc, int days, string title = "公園利用計画（案）",
        string markdown = Markdown, string? reason = null)
    {
        var fields = new List<(string, string)>
        {
            ("Title", title), ("WardId", wardId?.ToString() ?? ""), ("Department", "区民課"), ("DraftMarkdown", markdown),
            ("PurposeNotice", "個人情報は本件の連絡にのみ使います。"), ("OpensAt", Tokyo(opensUtc)), ("ClosesAt", Tokyo(opensUtc.AddDays(days))),
            ("ShortPeriodReason", reason ?? ""), ("Categories", "Resident"), ("Categories", "Worker"),
            ("Channels", "Web"), ("Channels", "Api"), ("Channels", "Post"), ("RequireName", "true"), ("RequireName", "false"),
            ("RequireContact", "false"), ("RequireAddress", "false"), ("SubmitTo", "〒100-0001 中央区役所 区民課"),
        };
        return fields;
    }

    public static string Tokyo(DateTime utc) => TokyoTime.ToTokyo(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IEnumerable<(string Key, string Value)> fields) =>
        client.PostFormAsync(page, action, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    /// <summary>Creates a round through the form; returns its id.</summary>
    public static async Task<int> CreateAsync(HttpClient client, IEnumerable<(string, string)> fields)
    {
        var response = await PostAsync(client, "/staff/rounds/new", "/staff/rounds/new", fields);
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Create failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return int.Parse(response.Headers.Location!.ToString().Split('/')[3]);
    }
}

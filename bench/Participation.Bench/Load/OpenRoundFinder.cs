using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Participation.Bench.Load;

/// <summary>Finds, by following the public pages as a visitor would, a round that accepts submissions.</summary>
public static partial class OpenRoundFinder
{
    [GeneratedRegex("href=\"/rounds/(\\d+)\"")]
    private static partial Regex RoundLink();

    public static async Task<int> FindAsync(HttpClient http, string url)
    {
        var listing = await http.GetStringAsync($"{url}/rounds");
        foreach (var id in RoundLink().Matches(listing).Select(m => int.Parse(m.Groups[1].Value)).Distinct())
        {
            using var probe = LoadRequests.Submission(url, id, "probe-" + Guid.NewGuid().ToString("N"));
            using var response = await http.SendAsync(probe);
            if ((int)response.StatusCode == 201) return id;
        }
        throw new InvalidDataException($"No round at {url}/rounds accepted a submission (is one open?).");
    }
}

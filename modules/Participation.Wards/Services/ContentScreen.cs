using Participation.Core.Privacy;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>
/// Screens a new post before it goes public: likely personal data (via <see cref="IRedactor"/>) or abusive
/// words hold it for a moderator instead of publishing it. The word list is short on purpose —
/// it catches the plain cases, moderators and flags catch the rest.
/// </summary>
public sealed class ContentScreen(IRedactor redactor)
{
    private static readonly string[] AbuseWords =
    [
        "死ね", "しね", "殺す", "ころす", "消えろ", "きえろ", "バカ野郎", "ばかやろう", "クズ", "くず野郎", "ゴミ人間", "きもい", "キモい", "うざい",
    ];

    /// <summary>The hold reason code, or null when the text may be published.</summary>
    public string? HoldReason(params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (redactor.Detect(text).Count > 0) return FlagReasons.AutoPersonalData;
        }
        foreach (var text in texts)
        {
            var normalized = SearchText.Normalize(text);
            if (AbuseWords.Any(w => normalized.Contains(SearchText.Normalize(w), StringComparison.Ordinal))) return FlagReasons.AutoAbuse;
        }
        return null;
    }
}

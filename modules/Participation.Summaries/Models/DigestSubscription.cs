namespace Participation.Summaries.Models;

/// <summary>A councillor's weekly digest: which wards (none = the whole city) and topic words to follow.</summary>
public class DigestSubscription
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary>Comma-separated ward ids; empty = every ward.</summary>
    public string WardIds { get; set; } = "";
    /// <summary>Words (space or 、 separated); a round or thread matches when its title contains one. Empty = all.</summary>
    public string Topics { get; set; } = "";
    public DateTime? LastSentAt { get; set; }

    public IReadOnlyList<int> Wards() =>
        WardIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.TryParse(s, out var i) ? i : 0).Where(i => i > 0).ToList();

    public IReadOnlyList<string> TopicWords() =>
        Topics.Split([' ', '　', '、', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

namespace Participation.Consultations.Services;

/// <summary>Per-city rules (section <c>Participation:Consultations</c>); defaults follow 行政手続法 practice.</summary>
public sealed class ConsultationOptions
{
    public int MinimumPeriodDays { get; set; } = 30;
    public int MaxOpinionLength { get; set; } = 10_000;
    public int MaxOpinionsPerSubmission { get; set; } = 50;
    /// <summary>
    /// Days after the close during which staff may still record paper received (postmarked by the deadline,
    /// 消印有効). The date received may be up to this many days after the closing day, never in the future.
    /// </summary>
    public int PaperGraceDays { get; set; } = 7;
    /// <summary>反映区分: code → label key. Cities replace the list in settings.</summary>
    public List<ReflectionCategory> Reflections { get; set; } =
    [
        new("A", "反映する（案を修正）", "Reflected (draft amended)"),
        new("B", "既に盛り込み済み", "Already included"),
        new("C", "今後の参考", "For future reference"),
        new("D", "反映できない", "Cannot be reflected"),
        new("E", "その他・質問", "Other / question"),
    ];

    public ReflectionCategory? Reflection(string? code) => Reflections.FirstOrDefault(r => r.Code == code);
}

public sealed record ReflectionCategory(string Code, string Ja, string En)
{
    public ReflectionCategory() : this("", "", "") { }
    public string Label(bool english) => english ? $"{Code}: {En}" : $"{Code}：{Ja}";
}

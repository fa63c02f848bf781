namespace Participation.Wards.Models;

/// <summary>The fixed topic categories of ward discussions; each code has a label key <c>Wards.Category.{code}</c>.</summary>
public static class TopicCategories
{
    public static readonly IReadOnlyList<string> All =
        ["parks", "traffic", "waste", "shopping", "disaster", "transport", "welfare", "children", "other"];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    public static string LabelKey(string code) => $"Wards.Category.{code}";
}

/// <summary>Reasons for flagging; each has a label key <c>Wards.FlagReason.{code}</c>.</summary>
public static class FlagReasons
{
    public static readonly IReadOnlyList<string> ForResidents = ["personal-data", "abuse", "spam", "off-topic", "other"];

    /// <summary>Set by the automatic screen, never chosen by a person.</summary>
    public const string AutoPersonalData = "auto-personal-data";
    public const string AutoAbuse = "auto-abuse";

    public static bool IsKnown(string? code) => code is not null && ForResidents.Contains(code);

    public static string LabelKey(string code) => $"Wards.FlagReason.{code}";
}

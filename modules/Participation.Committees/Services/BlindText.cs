namespace Participation.Committees.Services;

/// <summary>
/// Second line of defence after the redactor: an applicant who writes their own name or address into the essay
/// (in full, or the family/given name alone) is masked too, since the secretariat knows both.
/// </summary>
public static class BlindText
{
    public static string Mask(string text, string? name, string? email)
    {
        if (!string.IsNullOrWhiteSpace(email)) text = text.Replace(email.Trim(), "［メール］", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(name)) return text;
        var full = name.Trim();
        text = text.Replace(full, "［氏名］", StringComparison.Ordinal);
        text = text.Replace(full.Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal), "［氏名］", StringComparison.Ordinal);
        foreach (var part in full.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 2))
            text = text.Replace(part, "［氏名］", StringComparison.Ordinal);
        return text;
    }
}

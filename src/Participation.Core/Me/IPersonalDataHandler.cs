namespace Participation.Core.Me;

/// <summary>
/// Personal data rights (個人情報の開示・訂正・利用停止): every module that stores data about a person
/// implements this, so the Accounts module can export and erase it without reading any module's tables.
/// </summary>
public interface IPersonalDataHandler
{
    /// <summary>Everything this module holds about the person, as named tables of text.</summary>
    Task<IReadOnlyList<PersonalDataSection>> ExportAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Erases or anonymises the person's data by changing tracked entities on the shared context; the caller
    /// saves once, in one transaction with the account's removal. Text the ordinance keeps (published opinions)
    /// stays, detached from the person and masked. Returns how many records were touched (for the audit).
    /// </summary>
    Task<int> EraseAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>
/// One table of an export. <paramref name="Name"/> is a stable lower-case identifier ("consultations.submissions"),
/// used as the JSON property and the CSV section column.
/// </summary>
public sealed record PersonalDataSection(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

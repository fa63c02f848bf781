namespace Participation.Core.Cities;

/// <summary>A ward (区) of the city, with its office's public contact.</summary>
public class Ward
{
    public int Id { get; set; }
    public int CityId { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    /// <summary>Reading in hiragana, for furigana and sorting (e.g. ちゅうおうく).</summary>
    public string? Kana { get; set; }
    public string? OfficeAddress { get; set; }
    public string? OfficePhone { get; set; }
    public int SortOrder { get; set; }
}

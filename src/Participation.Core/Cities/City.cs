namespace Participation.Core.Cities;

/// <summary>The municipality (市) this site serves. One row; its name also comes from settings.</summary>
public class City
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public List<Ward> Wards { get; set; } = [];
}

namespace Participation.Drafts.Models;

/// <summary>A policy draft (案). Its text lives in versions; the latest published version is current.</summary>
public class Draft
{
    public int Id { get; set; }
    public required string Title { get; set; }
    /// <summary>Null for a city-wide draft.</summary>
    public int? WardId { get; set; }
    public required string Department { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<DraftVersion> Versions { get; set; } = [];
}

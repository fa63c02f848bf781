namespace Participation.Plans.Models;

/// <summary>One entry of a measure's progress timeline: a status change or a note from staff.</summary>
public class ProgressUpdate
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public DateTime PostedAt { get; set; }
    public string Status { get; set; } = "";
    public string Note { get; set; } = "";
}

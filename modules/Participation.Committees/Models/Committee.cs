namespace Participation.Committees.Models;

/// <summary>A council or committee (審議会・委員会) with resident seats.</summary>
public sealed class Committee
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Department { get; set; } = "";
    public int TotalSeats { get; set; }
    public int ResidentSeats { get; set; }
    public string Term { get; set; } = "";
    public string MeetingSchedule { get; set; } = "";
    public List<Recruitment> Recruitments { get; set; } = [];
}

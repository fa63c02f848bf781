using System.ComponentModel.DataAnnotations;
using Participation.Core.Cities;
using Participation.Wards.Models;

namespace Participation.Wards.ViewModels;

/// <summary>The meeting form. Date and times are Tokyo time, as staff read them off the notice.</summary>
public sealed class MeetingInput
{
    public MeetingKind Kind { get; set; }
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.StringLength"), Display(Name = "Wards.MeetingEdit.Title")]
    public string? Title { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.MeetingEdit.Date")]
    public string? Date { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.MeetingEdit.StartTime")]
    public string? StartTime { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.MeetingEdit.EndTime")]
    public string? EndTime { get; set; }
    [Required(ErrorMessage = "Validation.Required"), StringLength(300, ErrorMessage = "Validation.StringLength"), Display(Name = "Wards.Meeting.Place")]
    public string? Place { get; set; }
    [StringLength(500, ErrorMessage = "Validation.StringLength"), Display(Name = "Wards.Meeting.Online")]
    public string? OnlineUrl { get; set; }
    [StringLength(1000, ErrorMessage = "Validation.StringLength"), Display(Name = "Wards.Meeting.Accessibility")]
    public string? AccessibilityNotes { get; set; }
    [Range(0, 10000, ErrorMessage = "Validation.Range"), Display(Name = "Wards.MeetingEdit.Capacity")]
    public int Capacity { get; set; }
    public bool IsPublished { get; set; }
    public int Version { get; set; }
}

/// <summary>Minutes (議事録) in Markdown, rendered sanitised; published separately from the meeting.</summary>
public sealed class MinutesInput
{
    [StringLength(50000, ErrorMessage = "Validation.StringLength"), Display(Name = "Wards.MinutesEdit.Text")]
    public string? Minutes { get; set; }
    public bool Publish { get; set; }
    public int Version { get; set; }
}

public sealed record MeetingStaffListModel(Ward Ward, IReadOnlyList<StaffMeetingRow> Meetings);

public sealed record StaffMeetingRow(WardMeeting Meeting, int Registered, int Attachments);

public sealed record MeetingFormModel(Ward Ward, int? MeetingId, MeetingInput Input, int Registered);

public sealed record MinutesFormModel(Ward Ward, WardMeeting Meeting, MinutesInput Input, IReadOnlyList<MeetingAttachment> Attachments, string? UploadError);

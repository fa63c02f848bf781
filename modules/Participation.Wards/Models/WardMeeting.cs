namespace Participation.Wards.Models;

/// <summary>A ward meeting: 区民会議 or タウンミーティング, with registration up to a capacity and minutes afterwards.</summary>
public class WardMeeting
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public MeetingKind Kind { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public required string Place { get; set; }
    public string? OnlineUrl { get; set; }
    public string? AccessibilityNotes { get; set; }
    /// <summary>0 means no registration is needed.</summary>
    public int Capacity { get; set; }
    /// <summary>Minutes (議事録) in Markdown, once the meeting is over.</summary>
    public string? Minutes { get; set; }
    /// <summary>Shown on the public ward page; staff draft a meeting before announcing it.</summary>
    public bool IsPublished { get; set; } = true;
    /// <summary>Minutes and their attachments are public only once staff publish them.</summary>
    public bool MinutesPublished { get; set; }
    public DateTime? MinutesPublishedAt { get; set; }
    /// <summary>Concurrency token: bumped on every staff save, so a stale form is refused instead of overwriting.</summary>
    public int Version { get; set; }
}

/// <summary>A file attached to a meeting's minutes (資料・配布物): checked and stored through Core Files.</summary>
public class MeetingAttachment
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Relative to the uploads folder; never the uploader's name.</summary>
    public required string StoredPath { get; set; }
    public long Size { get; set; }
    public DateTime UploadedAt { get; set; }
}

public enum MeetingKind { WardAssembly = 0, TownMeeting = 1 }

/// <summary>A resident's registration for a meeting; unique per person.</summary>
public class MeetingRegistration
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAt { get; set; }
}

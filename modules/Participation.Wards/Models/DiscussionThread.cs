namespace Participation.Wards.Models;

/// <summary>A discussion thread (スレッド) a resident started in one ward, in a topic category.</summary>
public class DiscussionThread
{
    public int Id { get; set; }
    public int WardId { get; set; }
    /// <summary>A code from <see cref="TopicCategories"/>.</summary>
    public required string Category { get; set; }
    public required string Title { get; set; }
    /// <summary>Limited Markdown as typed; rendered through the sanitiser.</summary>
    public required string Body { get; set; }
    public required string AuthorId { get; set; }
    /// <summary>The nickname the resident chose; the only author name shown publicly.</summary>
    public required string AuthorNickname { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    /// <summary>Last reply or answer: threads are listed by activity.</summary>
    public DateTime LastActivityAt { get; set; }
    public ThreadStatus Status { get; set; } = ThreadStatus.Unanswered;
    public Visibility Visibility { get; set; } = Visibility.Visible;
    /// <summary>Why a moderator hid it, or why it was held; shown in place of the text.</summary>
    public string? ModerationReason { get; set; }
    public int SupportCount { get; set; }
    public int ReplyCount { get; set; }
    /// <summary>Title and body normalised (NFKC, lower case, hiragana) for LIKE search on any provider.</summary>
    public string SearchText { get; set; } = "";
}

/// <summary>Whether the ward has answered (区からの回答) or closed the thread.</summary>
public enum ThreadStatus { Unanswered = 0, Answered = 1, Closed = 2 }

/// <summary>Visible, held for review (likely personal data or abuse), or hidden by a moderator.</summary>
public enum Visibility { Visible = 0, Held = 1, Hidden = 2 }

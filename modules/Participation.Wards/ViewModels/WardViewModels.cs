using Participation.Core.Cities;
using Participation.Wards.Models;

namespace Participation.Wards.ViewModels;

public sealed record WardListItem(Ward Ward, int ThreadCount, int UpcomingMeetings);

public sealed record WardPageViewModel(
    Ward Ward,
    IReadOnlyList<DiscussionThread> Threads,
    int Total,
    int Page,
    int Pages,
    string? Query,
    string? Category,
    IReadOnlyList<MeetingView> Upcoming,
    IReadOnlyList<WardMeeting> PastWithMinutes,
    bool IsStaff,
    int OpenFlags,
    bool SignedIn,
    IReadOnlyList<Participation.Core.Consultations.OpenRoundLink> OpenRounds)
{
    /// <summary>Files of the published minutes shown, by meeting id.</summary>
    public ILookup<int, MeetingAttachment>? MinutesFiles { get; init; }

    /// <summary>The query string for a page link, keeping the search and category.</summary>
    public string PageUrl(int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Query)) parts.Add("q=" + Uri.EscapeDataString(Query));
        if (!string.IsNullOrEmpty(Category)) parts.Add("category=" + Uri.EscapeDataString(Category));
        if (page > 1) parts.Add("page=" + page);
        return $"/wards/{Ward.Id}" + (parts.Count > 0 ? "?" + string.Join("&", parts) : "") + "#discussions";
    }
}

public sealed record MeetingView(WardMeeting Meeting, int Registered, bool IsRegistered)
{
    public bool IsFull => Meeting.Capacity > 0 && Registered >= Meeting.Capacity;
    public int Remaining => Math.Max(0, Meeting.Capacity - Registered);
}

public sealed record ReplyView(DiscussionPost Post, bool Edited, IReadOnlyList<ReplyView> Children);

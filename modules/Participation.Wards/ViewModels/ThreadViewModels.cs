using Participation.Core.Cities;
using Participation.Wards.Models;

namespace Participation.Wards.ViewModels;

public sealed record ThreadPageViewModel(
    Ward Ward,
    DiscussionThread Thread,
    IReadOnlyList<ReplyView> Replies,
    int Page,
    int Pages,
    bool ThreadEdited,
    bool SignedIn,
    bool IsAuthor,
    bool Supported,
    bool Following,
    bool IsStaff,
    string? ViewerId,
    ReplyInput Reply,
    AnswerInput Answer)
{
    public string Url => $"/wards/{Ward.Id}/discussions/{Thread.Id}";
}

public sealed record HistoryViewModel(Ward Ward, DiscussionThread Thread, int? PostId, string CurrentBody, IReadOnlyList<PostRevision> Revisions);

public sealed record ModerationItem(Flag Flag, DiscussionThread Thread, DiscussionPost? Post);

public sealed record ModerationViewModel(Ward Ward, IReadOnlyList<ModerationItem> Items);

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Wards.Models;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Services;

/// <summary>Loads a ward's thread for a viewer and assembles its page (also used to re-show a form with errors).</summary>
public sealed class ThreadPageBuilder(ParticipationDbContext db, DiscussionQueries queries, Nicknames nicknames)
{
    /// <summary>
    /// The ward and thread, or null when either is missing or the viewer may not see it: a held thread
    /// is visible only to its author and to the ward's staff.
    /// </summary>
    public async Task<(Ward Ward, DiscussionThread Thread)?> LoadAsync(int wardId, int threadId, ClaimsPrincipal user, bool track, CancellationToken ct)
    {
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == wardId, ct);
        if (ward is null) return null;
        var threads = track ? db.Set<DiscussionThread>() : db.Set<DiscussionThread>().AsNoTracking();
        var thread = await threads.FirstOrDefaultAsync(t => t.Id == threadId && t.WardId == wardId, ct);
        if (thread is null) return null;
        if (thread.Visibility == Visibility.Held && thread.AuthorId != user.UserId() && !user.CanActOnWard(wardId)) return null;
        return (ward, thread);
    }

    public async Task<ThreadPageViewModel> BuildAsync(Ward ward, DiscussionThread thread, ClaimsPrincipal user, int page,
        ReplyInput? reply, AnswerInput? answer, CancellationToken ct)
    {
        var viewer = user.UserId();
        var total = (await queries.RepliesAsync(thread.Id, 1, viewer, ct)).Total;
        var pages = DiscussionQueries.Pages(total, DiscussionLimits.RepliesPerPage);
        page = Math.Clamp(page, 1, pages);
        var (replies, _) = await queries.RepliesAsync(thread.Id, page, viewer, ct);
        var edited = await db.Set<PostRevision>().AnyAsync(r => r.ThreadId == thread.Id && r.PostId == null, ct);
        var supported = viewer is not null && await db.Set<ThreadSupport>().AnyAsync(s => s.ThreadId == thread.Id && s.UserId == viewer, ct);
        var following = viewer is not null && await db.Set<ThreadFollow>().AnyAsync(f => f.ThreadId == thread.Id && f.UserId == viewer, ct);
        reply ??= new ReplyInput { Nickname = viewer is null ? "" : await nicknames.GetAsync(viewer, ct) ?? "" };
        return new ThreadPageViewModel(ward, thread, replies, page, pages, edited, viewer is not null, viewer == thread.AuthorId,
            supported, following, user.CanActOnWard(ward.Id), viewer, reply, answer ?? new AnswerInput());
    }
}

using Participation.Consultations.Models;
using Participation.Consultations.Services.Staff;
using Participation.Drafts.Services;

namespace Participation.Consultations.ViewModels.Staff;

public sealed record StaffSubmissionsViewModel(ConsultationRound Round, DraftView? Draft, SubmissionFilter Filter, SubmissionPage Page, RoundAccess Access)
{
    /// <summary>The query string of the current filter, for paging links.</summary>
    public string Query(int page) =>
        string.Join("&", new[]
        {
            Filter.Channel is { } c ? $"channel={c.ToString().ToLowerInvariant()}" : null,
            string.IsNullOrEmpty(Filter.Section) ? null : $"section={Uri.EscapeDataString(Filter.Section)}",
            Filter.Grouped is { } g ? $"grouped={(g ? "yes" : "no")}" : null,
            Filter.Withheld is { } w ? $"withheld={(w ? "yes" : "no")}" : null,
            $"page={page}",
        }.Where(x => x is not null));
}

public sealed record StaffSubmissionViewModel(ConsultationRound Round, DraftView? Draft, Submission Submission,
    SubmitterContact? Contact, bool ShowsPersonalData, IReadOnlyDictionary<int, string> Groups, bool JustCreated, RoundAccess Access,
    IReadOnlyList<SubmissionAttachment>? Files = null, bool MayOpenFiles = false);

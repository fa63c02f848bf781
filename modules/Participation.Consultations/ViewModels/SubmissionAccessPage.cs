using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Drafts.Services;

namespace Participation.Consultations.ViewModels;

/// <summary>A submitter's own view of a submission: read-only once the round closes or after withdrawal.</summary>
public sealed record SubmissionAccessPage(ConsultationRound Round, DraftView? Draft, Submission Submission, string? Key,
    bool Editable, List<OpinionInput> Opinions, string? Message, IReadOnlyList<SubmissionAttachment> Attachments)
{
    public string Receipt => Submission.ReceiptNumber.ToLowerInvariant();
    public string Url(string? suffix = null) => $"/rounds/{Round.Id}/submissions/{Receipt}{suffix}";
}

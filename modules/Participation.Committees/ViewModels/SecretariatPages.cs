using Participation.Committees.Models;
using Participation.Committees.Services;

namespace Participation.Committees.ViewModels;

public sealed record StaffCommitteeList(IReadOnlyList<Committee> Committees, IReadOnlyDictionary<int, int> ApplicationCounts);

public sealed record StaffCommitteePage(Committee Committee, IReadOnlyList<CommitteeMember> Members, IReadOnlyList<CommitteeDocument> Documents,
    IReadOnlyList<CommitteeSecretariat>? Secretariat = null);

public sealed record EditCommitteePage(int? Id, CommitteeInput Input);

public sealed record EditRecruitmentPage(Committee Committee, int? RecruitmentId, RecruitmentInput Input);

/// <summary>One row of the secretariat's application list: status, outcome and the aggregated review.</summary>
public sealed record ApplicationRow(Application Application, ReviewSummary Review);

public sealed record ApplicationsPage(Committee Committee, Recruitment Recruitment, IReadOnlyList<ApplicationRow> Rows,
    IReadOnlyList<ReviewerAssignment> Reviewers, string? Message);

public sealed record ImportPage(Committee Committee, Recruitment Recruitment, Services.Importing.PoolImportResult? Result);

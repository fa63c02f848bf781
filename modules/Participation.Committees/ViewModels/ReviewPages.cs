using Participation.Committees.Models;

namespace Participation.Committees.ViewModels;

public sealed record ReviewQueueItem(int RecruitmentId, string Committee, string Theme);

/// <summary>A row of the reviewer's list: a review number (not the receipt number) and the reviewer's own review.</summary>
public sealed record BlindListItem(int Number, int ApplicationId, Review? Mine);

public sealed record BlindListPage(int RecruitmentId, IReadOnlyList<BlindListItem> Items);

/// <summary>What a reviewer sees of one application: the redacted essay and the rubric — nothing personal.</summary>
public sealed record BlindEssayPage(int RecruitmentId, int Number, int ApplicationId, string Theme, string Essay,
    IReadOnlyList<string> Criteria, IReadOnlyList<int> Scores, bool Conflict);

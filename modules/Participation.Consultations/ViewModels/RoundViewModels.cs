using Participation.Consultations.Services;
using Participation.Core.Cities;
using Participation.Drafts.Services;

namespace Participation.Consultations.ViewModels;

public sealed record RoundsIndexViewModel(IReadOnlyList<RoundSummary> Rounds, IReadOnlyList<Ward> Wards, int? WardId);

public sealed record RoundDetailViewModel(RoundSummary Round, DraftView? Draft);

public sealed record RoundResultsViewModel(RoundResults Results, string? WardName, IReadOnlyList<ReflectionCategory> Reflections,
    IReadOnlyDictionary<int, string> Wards);

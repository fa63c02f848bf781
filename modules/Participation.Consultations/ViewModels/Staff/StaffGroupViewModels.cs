using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Drafts.Services;

namespace Participation.Consultations.ViewModels.Staff;

public sealed record StaffGroupsViewModel(ConsultationRound Round, DraftView? Draft, IReadOnlyList<GroupRow> Groups,
    IReadOnlyList<Opinion> Ungrouped, int UngroupedTotal, string? Section, IReadOnlyList<ReflectionCategory> Reflections,
    string? NewSummary)
{
    public string SectionName(string? anchor) => SectionNames.Of(Draft, anchor);
}

public sealed record StaffGroupViewModel(ConsultationRound Round, DraftView? Draft, OpinionGroup Group, GroupForm Form,
    IReadOnlyList<Opinion> Members, IReadOnlyList<Opinion> Candidates, IReadOnlyList<GroupRow> OtherGroups,
    IReadOnlyList<ReflectionCategory> Reflections, bool Conflict)
{
    public string SectionName(string? anchor) => SectionNames.Of(Draft, anchor);
}

public sealed record StaffSplitViewModel(ConsultationRound Round, DraftView? Draft, Opinion Opinion, SplitForm Form, bool Conflict);

/// <summary>"3. 交通結節点の整備" for an anchor; null or "general" reads as the whole draft.</summary>
public static class SectionNames
{
    public static string Of(DraftView? draft, string? anchor) =>
        draft?.Sections.FirstOrDefault(s => s.Anchor == anchor) is { } s ? $"{s.Number}. {s.Heading}" : "";
}

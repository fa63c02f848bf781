namespace Participation.Drafts.Services.Diff;

/// <summary>How one numbered section changed between two versions.</summary>
public sealed record SectionChange(int Number, string Anchor, string? OldHeading, string? NewHeading,
    IReadOnlyList<DiffPiece> Heading, IReadOnlyList<DiffPiece> Body)
{
    public bool Added => OldHeading is null;
    public bool Removed => NewHeading is null;
    public bool Changed => TextDiff.HasChanges(Heading) || TextDiff.HasChanges(Body);
}

/// <summary>The difference between two versions of a draft, section by section.</summary>
public sealed record DraftComparison(DraftView From, DraftView To, IReadOnlyList<DiffPiece> Intro, IReadOnlyList<SectionChange> Sections)
{
    public bool HasChanges => TextDiff.HasChanges(Intro) || Sections.Any(s => s.Changed);
}

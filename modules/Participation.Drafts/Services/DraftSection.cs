namespace Participation.Drafts.Services;

/// <summary>A numbered section of a draft: anchor <c>section-N</c> is stable across versions.</summary>
public sealed record DraftSection(int Number, string Anchor, string Heading, string Markdown, string Html);

/// <summary>A draft as the public reads it: its current version cut into sections.</summary>
public sealed record DraftView(int DraftId, string Title, string Department, int VersionNumber,
    DateTime PublishedAt, string? ChangeNote, string IntroHtml, IReadOnlyList<DraftSection> Sections);

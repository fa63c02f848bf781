namespace Participation.Consultations.Services.Intake;

/// <summary>
/// The section anchors of a draft, for checking submissions, kept for half a minute: reading them renders the
/// draft's Markdown, the dearest part of a submission. A draft does not change while its round is open
/// (revisions come after the close), so the short delay can only matter in rare staff entry after a revision.
/// </summary>
public sealed class SectionAnchorCache(TimeProvider clock) : TimedCache<int, IReadOnlySet<string>>(clock, TimeSpan.FromSeconds(30));

namespace Participation.Drafts.GraphQL;

/// <summary>A draft as the API shows it: its current version's numbered sections, without the text.</summary>
public sealed record DraftGraph(int Id, string Title, string Department, int Version, DateTime PublishedAt, IReadOnlyList<SectionGraph> Sections);

/// <summary>A section: <c>section-N</c> (stable across versions) or <c>general</c> for opinions on the whole draft.</summary>
public sealed record SectionGraph(string Id, int? Number, string Heading)
{
    public static readonly SectionGraph General = new("general", null, "全体について");
}

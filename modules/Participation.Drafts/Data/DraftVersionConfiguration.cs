using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Drafts.Models;

namespace Participation.Drafts.Data;

public sealed class DraftVersionConfiguration : IEntityTypeConfiguration<DraftVersion>
{
    public void Configure(EntityTypeBuilder<DraftVersion> b)
    {
        b.ToTable("draft_versions");
        b.HasIndex(x => new { x.DraftId, x.Number }).IsUnique();
    }
}

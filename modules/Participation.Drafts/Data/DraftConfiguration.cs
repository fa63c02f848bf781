using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Drafts.Models;

namespace Participation.Drafts.Data;

public sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> b)
    {
        b.ToTable("draft_drafts");
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Department).HasMaxLength(200);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.DraftId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Drafts.Models;

namespace Participation.Drafts.Data;

public sealed class DraftAttachmentConfiguration : IEntityTypeConfiguration<DraftAttachment>
{
    public void Configure(EntityTypeBuilder<DraftAttachment> b)
    {
        b.ToTable("draft_attachments");
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StoredPath).HasMaxLength(300);
        b.HasIndex(x => x.DraftId);
        b.HasOne<Draft>().WithMany().HasForeignKey(x => x.DraftId).OnDelete(DeleteBehavior.Cascade);
    }
}

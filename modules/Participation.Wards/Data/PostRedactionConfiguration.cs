using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class PostRedactionConfiguration : IEntityTypeConfiguration<PostRedaction>
{
    public void Configure(EntityTypeBuilder<PostRedaction> b)
    {
        b.ToTable("wards_post_redactions");
        b.Property(r => r.OriginalTitle).HasMaxLength(200);
        b.Property(r => r.ReviewedBy).HasMaxLength(450);
        b.HasOne<DiscussionThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ThreadId, r.PostId }).IsUnique();
    }
}

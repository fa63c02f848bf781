using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> b)
    {
        b.ToTable("wards_revisions");
        b.Property(r => r.Title).HasMaxLength(DiscussionLimits.TitleMax);
        b.Property(r => r.Body).HasMaxLength(DiscussionLimits.BodyMax);
        b.HasOne<DiscussionThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ThreadId, r.PostId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class DiscussionPostConfiguration : IEntityTypeConfiguration<DiscussionPost>
{
    public void Configure(EntityTypeBuilder<DiscussionPost> b)
    {
        b.ToTable("wards_posts");
        b.Property(p => p.AuthorId).HasMaxLength(450);
        b.Property(p => p.AuthorNickname).HasMaxLength(DiscussionLimits.NicknameMax);
        b.Property(p => p.Body).HasMaxLength(DiscussionLimits.BodyMax);
        b.Property(p => p.Department).HasMaxLength(100);
        b.Property(p => p.ModerationReason).HasMaxLength(500);
        b.HasOne<DiscussionThread>().WithMany().HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.ThreadId, p.CreatedAt });
        b.HasIndex(p => p.AuthorId);
    }
}

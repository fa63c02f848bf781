using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class DiscussionThreadConfiguration : IEntityTypeConfiguration<DiscussionThread>
{
    public void Configure(EntityTypeBuilder<DiscussionThread> b)
    {
        b.ToTable("wards_threads");
        b.Property(t => t.Category).HasMaxLength(40);
        b.Property(t => t.Title).HasMaxLength(DiscussionLimits.TitleMax);
        b.Property(t => t.Body).HasMaxLength(DiscussionLimits.BodyMax);
        b.Property(t => t.AuthorId).HasMaxLength(450);
        b.Property(t => t.AuthorNickname).HasMaxLength(DiscussionLimits.NicknameMax);
        b.Property(t => t.ModerationReason).HasMaxLength(500);
        b.HasIndex(t => new { t.WardId, t.Visibility, t.LastActivityAt });
        b.HasIndex(t => t.AuthorId);
    }
}

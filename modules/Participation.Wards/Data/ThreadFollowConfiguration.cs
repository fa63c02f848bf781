using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class ThreadFollowConfiguration : IEntityTypeConfiguration<ThreadFollow>
{
    public void Configure(EntityTypeBuilder<ThreadFollow> b)
    {
        b.ToTable("wards_follows");
        b.Property(f => f.UserId).HasMaxLength(450);
        b.HasOne<DiscussionThread>().WithMany().HasForeignKey(f => f.ThreadId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.ThreadId, f.UserId }).IsUnique();
        b.HasIndex(f => f.UserId);
    }
}

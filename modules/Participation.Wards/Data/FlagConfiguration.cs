using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> b)
    {
        b.ToTable("wards_flags");
        b.Property(f => f.Reason).HasMaxLength(40);
        b.Property(f => f.Note).HasMaxLength(500);
        b.Property(f => f.UserId).HasMaxLength(450);
        b.HasOne<DiscussionThread>().WithMany().HasForeignKey(f => f.ThreadId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.WardId, f.ResolvedAt });
    }
}

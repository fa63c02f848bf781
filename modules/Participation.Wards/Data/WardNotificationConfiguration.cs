using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class WardNotificationConfiguration : IEntityTypeConfiguration<WardNotification>
{
    public void Configure(EntityTypeBuilder<WardNotification> b)
    {
        b.ToTable("wards_notifications");
        b.Property(n => n.UserId).HasMaxLength(450);
        b.HasOne<DiscussionThread>().WithMany().HasForeignKey(n => n.ThreadId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class MeetingAttachmentConfiguration : IEntityTypeConfiguration<MeetingAttachment>
{
    public void Configure(EntityTypeBuilder<MeetingAttachment> b)
    {
        b.ToTable("wards_meeting_attachments");
        b.Property(a => a.FileName).HasMaxLength(220);
        b.Property(a => a.ContentType).HasMaxLength(60);
        b.Property(a => a.StoredPath).HasMaxLength(300);
        b.HasOne<WardMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.MeetingId);
    }
}

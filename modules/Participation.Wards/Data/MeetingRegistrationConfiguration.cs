using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class MeetingRegistrationConfiguration : IEntityTypeConfiguration<MeetingRegistration>
{
    public void Configure(EntityTypeBuilder<MeetingRegistration> b)
    {
        b.ToTable("wards_meeting_registrations");
        b.Property(r => r.UserId).HasMaxLength(450);
        b.HasOne<WardMeeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.MeetingId, r.UserId }).IsUnique();
    }
}

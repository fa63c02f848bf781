using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class WardMeetingConfiguration : IEntityTypeConfiguration<WardMeeting>
{
    public void Configure(EntityTypeBuilder<WardMeeting> b)
    {
        b.ToTable("wards_meetings");
        b.Property(m => m.Title).HasMaxLength(200);
        b.Property(m => m.Place).HasMaxLength(300);
        b.Property(m => m.OnlineUrl).HasMaxLength(500);
        b.Property(m => m.AccessibilityNotes).HasMaxLength(1000);
        b.HasIndex(m => new { m.WardId, m.StartsAt });
        b.Property(m => m.Version).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Plans.Models;

namespace Participation.Plans.Data;

public sealed class MeasureVoiceLinkConfiguration : IEntityTypeConfiguration<MeasureVoiceLink>
{
    public void Configure(EntityTypeBuilder<MeasureVoiceLink> b)
    {
        b.ToTable("plans_voice_links");
        b.Property(v => v.SourceType).HasMaxLength(20);
        b.Property(v => v.SourceId).HasMaxLength(100);
        b.Property(v => v.Title).HasMaxLength(200);
        b.Property(v => v.Url).HasMaxLength(400);
        b.Property(v => v.RepresentativeText).HasMaxLength(2000);
        b.HasIndex(v => new { v.MeasureId, v.SourceType, v.SourceId }).IsUnique();
        b.HasOne<PlanMeasure>().WithMany().HasForeignKey(v => v.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

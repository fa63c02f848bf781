using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Plans.Models;

namespace Participation.Plans.Data;

public sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> b)
    {
        b.ToTable("plans_progress_updates");
        b.Property(u => u.Status).HasMaxLength(40);
        b.Property(u => u.Note).HasMaxLength(2000);
        b.HasIndex(u => new { u.MeasureId, u.PostedAt });
        b.HasOne<PlanMeasure>().WithMany().HasForeignKey(u => u.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Plans.Models;

namespace Participation.Plans.Data;

public sealed class PlanMeasureConfiguration : IEntityTypeConfiguration<PlanMeasure>
{
    public void Configure(EntityTypeBuilder<PlanMeasure> b)
    {
        b.ToTable("plans_measures");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(m => m.Code).HasMaxLength(40);
        b.Property(m => m.Title).HasMaxLength(200);
        b.Property(m => m.Description).HasMaxLength(4000);
        b.Property(m => m.Department).HasMaxLength(100);
        b.Property(m => m.Status).HasMaxLength(40);
        b.HasIndex(m => new { m.PlanId, m.Code }).IsUnique();
        b.HasIndex(m => m.ParentId);
        b.HasMany(m => m.Kpis).WithOne().HasForeignKey(k => k.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

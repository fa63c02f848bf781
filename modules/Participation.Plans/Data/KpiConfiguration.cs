using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Plans.Models;

namespace Participation.Plans.Data;

public sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> b)
    {
        b.ToTable("plans_kpis");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(k => k.Name).HasMaxLength(200);
        b.Property(k => k.Unit).HasMaxLength(40);
        b.Property(k => k.Comment).HasMaxLength(2000);
        b.HasMany(k => k.Actuals).WithOne().HasForeignKey(a => a.KpiId).OnDelete(DeleteBehavior.Cascade);
    }
}

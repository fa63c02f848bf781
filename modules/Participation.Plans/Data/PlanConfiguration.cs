using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Plans.Models;

namespace Participation.Plans.Data;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("plans_plans");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Vision).HasMaxLength(2000);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.HasMany(p => p.Measures).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

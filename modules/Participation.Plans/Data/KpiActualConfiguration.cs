using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Plans.Models;

namespace Participation.Plans.Data;

public sealed class KpiActualConfiguration : IEntityTypeConfiguration<KpiActual>
{
    public void Configure(EntityTypeBuilder<KpiActual> b)
    {
        b.ToTable("plans_kpi_actuals");
        b.HasIndex(a => new { a.KpiId, a.FiscalYear }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterMeasureLinkConfiguration : IEntityTypeConfiguration<ClusterMeasureLink>
{
    public void Configure(EntityTypeBuilder<ClusterMeasureLink> b)
    {
        b.ToTable("clustering_measure_links");
        b.Property(l => l.MeasureTitle).HasMaxLength(300);
        b.Property(l => l.MeasureUrl).HasMaxLength(400);
        b.Property(l => l.ConfirmedBy).HasMaxLength(100);
        b.HasIndex(l => new { l.ClusterId, l.MeasureId }).IsUnique();
        b.HasOne<Cluster>().WithMany().HasForeignKey(l => l.ClusterId).OnDelete(DeleteBehavior.Cascade);
    }
}

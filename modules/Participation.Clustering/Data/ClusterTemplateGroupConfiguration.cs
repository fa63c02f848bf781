using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterTemplateGroupConfiguration : IEntityTypeConfiguration<ClusterTemplateGroup>
{
    public void Configure(EntityTypeBuilder<ClusterTemplateGroup> b)
    {
        b.ToTable("clustering_template_groups");
        b.Property(g => g.SourceType).HasMaxLength(20);
        b.Property(g => g.SourceId).HasMaxLength(100);
        b.Property(g => g.RedactedSample).HasMaxLength(4000);
        b.HasIndex(g => g.RunId);
        b.HasOne<ClusterRun>().WithMany().HasForeignKey(g => g.RunId).OnDelete(DeleteBehavior.Cascade);
        // Goes with its run (above); a second cascade path through the cluster would be refused by SQL Server.
        b.HasOne<Cluster>().WithMany().HasForeignKey(g => g.ClusterId).OnDelete(DeleteBehavior.NoAction);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterMemberConfiguration : IEntityTypeConfiguration<ClusterMember>
{
    public void Configure(EntityTypeBuilder<ClusterMember> b)
    {
        b.ToTable("clustering_members");
        b.Property(m => m.SourceType).HasMaxLength(20);
        b.Property(m => m.SourceId).HasMaxLength(100);
        b.HasIndex(m => new { m.RunId, m.SourceType, m.SourceId }).IsUnique();
        b.HasIndex(m => m.ClusterId);
        b.HasOne<ClusterRun>().WithMany().HasForeignKey(m => m.RunId).OnDelete(DeleteBehavior.Cascade);
        // Members go with their run (the cascade above); a second cascade path would be refused by SQL Server.
        b.HasOne<Cluster>().WithMany().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.NoAction);
    }
}

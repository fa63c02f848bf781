using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterGroupLinkConfiguration : IEntityTypeConfiguration<ClusterGroupLink>
{
    public void Configure(EntityTypeBuilder<ClusterGroupLink> b)
    {
        b.ToTable("clustering_group_links");
        b.Property(l => l.CreatedBy).HasMaxLength(100);
        b.HasIndex(l => new { l.ClusterId, l.GroupId }).IsUnique();
        b.HasIndex(l => l.RoundId);
        b.HasOne<Cluster>().WithMany().HasForeignKey(l => l.ClusterId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> b)
    {
        b.ToTable("clustering_clusters");
        b.Property(c => c.Label).HasMaxLength(200);
        b.Property(c => c.Keywords).HasMaxLength(2000);
        b.Ignore(c => c.KeywordList);
        b.Property(c => c.OriginalLabel).HasMaxLength(200);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.RunId, c.Index }).IsUnique();
        b.HasOne<ClusterRun>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterRepresentativeConfiguration : IEntityTypeConfiguration<ClusterRepresentative>
{
    public void Configure(EntityTypeBuilder<ClusterRepresentative> b)
    {
        b.ToTable("clustering_representatives");
        b.Property(r => r.SourceType).HasMaxLength(20);
        b.Property(r => r.SourceId).HasMaxLength(100);
        b.Property(r => r.RedactedText).HasMaxLength(4000);
        b.HasIndex(r => new { r.ClusterId, r.Rank });
        b.HasOne<Cluster>().WithMany().HasForeignKey(r => r.ClusterId).OnDelete(DeleteBehavior.Cascade);
    }
}

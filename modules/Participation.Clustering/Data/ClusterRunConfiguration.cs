using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterRunConfiguration : IEntityTypeConfiguration<ClusterRun>
{
    public void Configure(EntityTypeBuilder<ClusterRun> b)
    {
        b.ToTable("clustering_runs");
        b.Property(r => r.ContainerId).HasMaxLength(100);
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.CreatedBy).HasMaxLength(100);
        b.Property(r => r.ErrorKey).HasMaxLength(100);
        b.Property(r => r.ModelFile).HasMaxLength(300);
        b.HasIndex(r => new { r.ScopeKind, r.ContainerId, r.Status });
        b.HasIndex(r => r.CreatedAt);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterRunChangeConfiguration : IEntityTypeConfiguration<ClusterRunChange>
{
    public void Configure(EntityTypeBuilder<ClusterRunChange> b)
    {
        b.ToTable("clustering_run_changes");
        b.Property(c => c.OldLabel).HasMaxLength(200);
        b.Property(c => c.NewLabel).HasMaxLength(200);
        b.HasIndex(c => c.RunId);
        b.HasOne<ClusterRun>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

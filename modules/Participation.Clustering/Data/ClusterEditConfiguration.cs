using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Clustering.Models;

namespace Participation.Clustering.Data;

public sealed class ClusterEditConfiguration : IEntityTypeConfiguration<ClusterEdit>
{
    public void Configure(EntityTypeBuilder<ClusterEdit> b)
    {
        b.ToTable("clustering_edits");
        b.Property(e => e.Before).HasMaxLength(200);
        b.Property(e => e.After).HasMaxLength(200);
        b.Property(e => e.EditedBy).HasMaxLength(100);
        b.HasIndex(e => e.RunId);
        b.HasOne<ClusterRun>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

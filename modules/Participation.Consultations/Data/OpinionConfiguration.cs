using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> b)
    {
        b.ToTable("consultation_opinions");
        b.Property(x => x.Section).HasMaxLength(64);
        b.HasIndex(x => new { x.RoundId, x.Section });
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<OpinionGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.SetNull);
    }
}

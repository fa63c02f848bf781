using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class OpinionGroupConfiguration : IEntityTypeConfiguration<OpinionGroup>
{
    public void Configure(EntityTypeBuilder<OpinionGroup> b)
    {
        b.ToTable("consultation_opinion_groups");
        b.Property(x => x.Section).HasMaxLength(64);
        b.Property(x => x.Reflection).HasMaxLength(8);
        b.HasIndex(x => x.RoundId);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<ConsultationRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class ConsultationRoundConfiguration : IEntityTypeConfiguration<ConsultationRound>
{
    public void Configure(EntityTypeBuilder<ConsultationRound> b)
    {
        b.ToTable("consultation_rounds");
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Department).HasMaxLength(200);
        b.Property(x => x.AcceptedCategories).HasMaxLength(200);
        b.Property(x => x.AcceptedChannels).HasMaxLength(200);
        b.HasIndex(x => x.Status);
    }
}

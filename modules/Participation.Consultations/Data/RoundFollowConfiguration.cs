using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class RoundFollowConfiguration : IEntityTypeConfiguration<RoundFollow>
{
    public void Configure(EntityTypeBuilder<RoundFollow> b)
    {
        b.ToTable("consultation_round_follows");
        b.Property(f => f.UserId).HasMaxLength(450);
        b.HasOne<ConsultationRound>().WithMany().HasForeignKey(f => f.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.RoundId, f.UserId }).IsUnique();
        b.HasIndex(f => f.UserId);
    }
}

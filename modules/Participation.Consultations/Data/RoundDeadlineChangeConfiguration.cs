using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class RoundDeadlineChangeConfiguration : IEntityTypeConfiguration<RoundDeadlineChange>
{
    public void Configure(EntityTypeBuilder<RoundDeadlineChange> b)
    {
        b.ToTable("consultation_round_deadline_changes");
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.Property(c => c.ChangedBy).HasMaxLength(450);
        b.HasOne<ConsultationRound>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.RoundId);
    }
}

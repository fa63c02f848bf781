using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class ResultsNoticeConfiguration : IEntityTypeConfiguration<ResultsNotice>
{
    public void Configure(EntityTypeBuilder<ResultsNotice> b)
    {
        b.ToTable("consultation_results_notices");
        b.Property(n => n.RecipientHash).HasMaxLength(64);
        b.HasOne<ConsultationRound>().WithMany().HasForeignKey(n => n.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.RoundId, n.RecipientHash }).IsUnique();
    }
}

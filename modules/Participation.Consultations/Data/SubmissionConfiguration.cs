using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.ToTable("consultation_submissions");
        b.Property(x => x.ReceiptNumber).HasMaxLength(32);
        b.HasIndex(x => x.ReceiptNumber).IsUnique();
        b.Property(x => x.IdempotencyKey).HasMaxLength(200);
        // The database itself refuses a second submission for the same key (double click, retry).
        b.HasIndex(x => new { x.RoundId, x.IdempotencyKey }).IsUnique();
        b.HasIndex(x => x.UserId);
        b.HasMany(x => x.Opinions).WithOne(o => o.Submission).HasForeignKey(o => o.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ConsultationRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

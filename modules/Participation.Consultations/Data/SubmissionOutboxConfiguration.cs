using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class SubmissionOutboxConfiguration : IEntityTypeConfiguration<SubmissionOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SubmissionOutboxEntry> b)
    {
        b.ToTable("consultation_submission_outbox");
        b.Property(x => x.Origin).HasMaxLength(300);
        b.Property(x => x.Culture).HasMaxLength(20);
        b.Property(x => x.ProtectedSecret).HasMaxLength(1000);
        b.Property(x => x.LockedBy).HasMaxLength(100);
        // The worker looks for unprocessed rows whose lease has run out.
        b.HasIndex(x => new { x.ProcessedAt, x.LockedUntil });
        b.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Consultations.Models;

namespace Participation.Consultations.Data;

public sealed class SubmitterContactConfiguration : IEntityTypeConfiguration<SubmitterContact>
{
    public void Configure(EntityTypeBuilder<SubmitterContact> b)
    {
        b.ToTable("consultation_submitter_contacts");
        b.HasKey(x => x.SubmissionId);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(320);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Address).HasMaxLength(500);
        b.HasOne<Submission>().WithOne().HasForeignKey<SubmitterContact>(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

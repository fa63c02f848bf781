using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Committees.Models;

namespace Participation.Committees.Data;

public sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> b)
    {
        b.ToTable("committees_committees");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Department).HasMaxLength(200);
        b.Property(c => c.Purpose).HasMaxLength(4000);
        b.Property(c => c.Term).HasMaxLength(200);
        b.Property(c => c.MeetingSchedule).HasMaxLength(1000);
        b.HasMany(c => c.Recruitments).WithOne().HasForeignKey(r => r.CommitteeId);
    }
}

public sealed class RecruitmentConfiguration : IEntityTypeConfiguration<Recruitment>
{
    public void Configure(EntityTypeBuilder<Recruitment> b)
    {
        b.ToTable("committees_recruitments");
        b.Property(r => r.EssayTheme).HasMaxLength(1000);
        b.Property(r => r.ProfileFields).HasMaxLength(400);
        b.Property(r => r.Rubric).HasMaxLength(2000);
    }
}

public sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.ToTable("committees_applications");
        b.Property(a => a.ReceiptNumber).HasMaxLength(40);
        b.HasIndex(a => a.ReceiptNumber).IsUnique();
        b.Property(a => a.UserId).HasMaxLength(100);
        b.HasIndex(a => a.UserId);
        b.Property(a => a.Gender).HasMaxLength(40);
        b.Property(a => a.AgeBand).HasMaxLength(40);
        b.Property(a => a.Ward).HasMaxLength(100);
        b.Property(a => a.Occupation).HasMaxLength(100);
        b.Property(a => a.Essay).HasMaxLength(8000);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.NotifiedOutcome).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Household).HasMaxLength(100);
        b.HasOne(a => a.Contact).WithOne().HasForeignKey<ApplicantContact>(c => c.ApplicationId);
    }
}

public sealed class ApplicantContactConfiguration : IEntityTypeConfiguration<ApplicantContact>
{
    public void Configure(EntityTypeBuilder<ApplicantContact> b)
    {
        b.ToTable("committees_applicant_contacts");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Email).HasMaxLength(300);
        b.Property(c => c.Culture).HasMaxLength(10);
    }
}

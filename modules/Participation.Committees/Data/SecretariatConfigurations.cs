using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Committees.Models;

namespace Participation.Committees.Data;

public sealed class ReviewerAssignmentConfiguration : IEntityTypeConfiguration<ReviewerAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewerAssignment> b)
    {
        b.ToTable("committees_reviewer_assignments");
        b.Property(x => x.ReviewerUserId).HasMaxLength(100);
        b.Property(x => x.ReviewerLabel).HasMaxLength(200);
        b.HasIndex(x => new { x.RecruitmentId, x.ReviewerUserId }).IsUnique();
    }
}

public sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.ToTable("committees_reviews");
        b.Property(x => x.ReviewerUserId).HasMaxLength(100);
        b.Property(x => x.Scores).HasMaxLength(200);
        b.HasIndex(x => new { x.ApplicationId, x.ReviewerUserId }).IsUnique();
    }
}

public sealed class SelectionRunConfiguration : IEntityTypeConfiguration<SelectionRun>
{
    public void Configure(EntityTypeBuilder<SelectionRun> b)
    {
        b.ToTable("committees_selection_runs");
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Quotas).HasMaxLength(4000);
        b.Property(x => x.PoolApplicationIds).HasMaxLength(100000);
        b.Property(x => x.Message).HasMaxLength(4000);
        b.Property(x => x.Commitment).HasMaxLength(64);
        b.Property(x => x.Seed).HasMaxLength(200);
        b.Property(x => x.SeedSource).HasMaxLength(500);
        b.HasIndex(x => x.RecruitmentId);
    }
}

public sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> b)
    {
        b.ToTable("committees_members");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Role).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.CommitteeId);
    }
}

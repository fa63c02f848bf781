using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class ThreadSupportConfiguration : IEntityTypeConfiguration<ThreadSupport>
{
    public void Configure(EntityTypeBuilder<ThreadSupport> b)
    {
        b.ToTable("wards_supports");
        b.Property(s => s.UserId).HasMaxLength(450);
        b.HasOne<DiscussionThread>().WithMany().HasForeignKey(s => s.ThreadId).OnDelete(DeleteBehavior.Cascade);
        // Support once per person: the database refuses a second row even under concurrent posts.
        b.HasIndex(s => new { s.ThreadId, s.UserId }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Accounts.Models;

namespace Participation.Accounts.Data;

public sealed class QueuedNoticeConfiguration : IEntityTypeConfiguration<QueuedNotice>
{
    public void Configure(EntityTypeBuilder<QueuedNotice> b)
    {
        b.ToTable("accounts_queued_notices");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Kind).HasMaxLength(50);
        b.Property(x => x.Subject).HasMaxLength(400);
        b.Property(x => x.Text).HasMaxLength(8000);
        b.HasIndex(x => new { x.SentAt, x.UserId });
    }
}

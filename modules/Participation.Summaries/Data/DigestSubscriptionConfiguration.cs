using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Summaries.Models;

namespace Participation.Summaries.Data;

public sealed class DigestSubscriptionConfiguration : IEntityTypeConfiguration<DigestSubscription>
{
    public void Configure(EntityTypeBuilder<DigestSubscription> b)
    {
        b.ToTable("summaries_digest_subscriptions");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasIndex(x => x.UserId).IsUnique();
        b.Property(x => x.WardIds).HasMaxLength(200);
        b.Property(x => x.Topics).HasMaxLength(DigestLimits.Topics);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Core.Secrets;

public sealed class SealingKeyConfiguration : IEntityTypeConfiguration<SealingKey>
{
    public void Configure(EntityTypeBuilder<SealingKey> b)
    {
        b.ToTable("sealing_keys");
        b.Property(k => k.ProtectedKey).HasMaxLength(1000);
    }
}

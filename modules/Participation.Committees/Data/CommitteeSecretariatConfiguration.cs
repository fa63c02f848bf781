using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Committees.Models;

namespace Participation.Committees.Data;

public sealed class CommitteeSecretariatConfiguration : IEntityTypeConfiguration<CommitteeSecretariat>
{
    public void Configure(EntityTypeBuilder<CommitteeSecretariat> b)
    {
        b.ToTable("committees_secretariats");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Label).HasMaxLength(200);
        b.HasIndex(x => new { x.CommitteeId, x.UserId }).IsUnique();
    }
}

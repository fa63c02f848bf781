using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Wards.Models;

namespace Participation.Wards.Data;

public sealed class ResidentNicknameConfiguration : IEntityTypeConfiguration<ResidentNickname>
{
    public void Configure(EntityTypeBuilder<ResidentNickname> b)
    {
        b.ToTable("wards_nicknames");
        b.HasKey(n => n.UserId);
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.Nickname).HasMaxLength(DiscussionLimits.NicknameMax);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Core.Cities;

public sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> b)
    {
        b.ToTable("cities");
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.NameEn).HasMaxLength(100);
        b.HasMany(c => c.Wards).WithOne().HasForeignKey(w => w.CityId);
    }
}

public sealed class WardConfiguration : IEntityTypeConfiguration<Ward>
{
    public void Configure(EntityTypeBuilder<Ward> b)
    {
        b.ToTable("wards");
        b.Property(w => w.Name).HasMaxLength(100);
        b.Property(w => w.NameEn).HasMaxLength(100);
        b.Property(w => w.Kana).HasMaxLength(100);
        b.Property(w => w.OfficeAddress).HasMaxLength(300);
        b.Property(w => w.OfficePhone).HasMaxLength(30);
        b.HasIndex(w => w.Name).IsUnique();
    }
}

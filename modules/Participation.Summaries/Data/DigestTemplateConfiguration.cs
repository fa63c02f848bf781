using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Summaries.Models;

namespace Participation.Summaries.Data;

public sealed class DigestTemplateConfiguration : IEntityTypeConfiguration<DigestTemplate>
{
    public void Configure(EntityTypeBuilder<DigestTemplate> b)
    {
        b.ToTable("summaries_digest_templates");
        b.Property(x => x.Culture).HasMaxLength(8);
        b.HasIndex(x => x.Culture).IsUnique();
        b.Property(x => x.Subject).HasMaxLength(DigestLimits.Subject);
        b.Property(x => x.Body).HasMaxLength(DigestLimits.Body);
        b.Property(x => x.UpdatedBy).HasMaxLength(450);
    }
}

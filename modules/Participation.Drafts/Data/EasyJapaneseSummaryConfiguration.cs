using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Drafts.Models;

namespace Participation.Drafts.Data;

public sealed class EasyJapaneseSummaryConfiguration : IEntityTypeConfiguration<EasyJapaneseSummary>
{
    public void Configure(EntityTypeBuilder<EasyJapaneseSummary> b)
    {
        b.ToTable("drafts_easy_japanese_summaries");
        b.HasKey(x => x.DraftId);
        b.Property(x => x.Text).HasMaxLength(EasyJapaneseSummary.MaxLength);
        b.Property(x => x.UpdatedBy).HasMaxLength(450);
        b.HasOne<Draft>().WithOne().HasForeignKey<EasyJapaneseSummary>(x => x.DraftId).OnDelete(DeleteBehavior.Cascade);
    }
}

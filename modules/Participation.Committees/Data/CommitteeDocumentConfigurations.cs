using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Committees.Models;

namespace Participation.Committees.Data;

public sealed class CommitteeDocumentConfiguration : IEntityTypeConfiguration<CommitteeDocument>
{
    public void Configure(EntityTypeBuilder<CommitteeDocument> b)
    {
        b.ToTable("committees_documents");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Markdown).HasMaxLength(100000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.FormKey).HasMaxLength(64);
        b.HasIndex(x => x.FormKey).IsUnique();
        b.HasIndex(x => new { x.CommitteeId, x.IsPublished });
        b.HasMany(x => x.Files).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CommitteeDocumentFileConfiguration : IEntityTypeConfiguration<CommitteeDocumentFile>
{
    public void Configure(EntityTypeBuilder<CommitteeDocumentFile> b)
    {
        b.ToTable("committees_document_files");
        b.Property(x => x.FileName).HasMaxLength(220);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StoredPath).HasMaxLength(400);
        b.HasIndex(x => x.DocumentId);
    }
}

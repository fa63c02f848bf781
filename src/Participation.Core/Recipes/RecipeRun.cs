using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participation.Core.Recipes;

/// <summary>The record that a recipe step has run, so it never runs twice.</summary>
public class RecipeRun
{
    public required string Name { get; set; }
    public DateTime At { get; set; }
}

public sealed class RecipeRunConfiguration : IEntityTypeConfiguration<RecipeRun>
{
    public void Configure(EntityTypeBuilder<RecipeRun> b)
    {
        b.ToTable("recipe_runs");
        b.HasKey(r => r.Name);
        b.Property(r => r.Name).HasMaxLength(200);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Identity;
using Participation.Core.Modules;

namespace Participation.Core.Data;

/// <summary>
/// The one database context. Modules never get a context of their own: they use <c>Set&lt;T&gt;()</c>
/// on this one, and their entity configurations are applied from every installed module assembly.
/// Provider subclasses (SQLite, PostgreSQL) live in the host with their own migrations.
/// </summary>
public abstract class ParticipationDbContext(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParticipationDbContext).Assembly);
        foreach (var module in InstalledModules.Descriptors)
            builder.ApplyConfigurationsFromAssembly(module.Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC in the database; it comes back marked as UTC on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

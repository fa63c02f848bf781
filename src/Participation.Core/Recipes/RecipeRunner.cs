using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Core.Data;
using Participation.Core.Modules;

namespace Participation.Core.Recipes;

/// <summary>Runs every enabled module's recipe steps once, in module dependency order.</summary>
public sealed class RecipeRunner(IServiceScopeFactory scopes, ModuleCatalog catalog, ILogger<RecipeRunner> log)
{
    public async Task RunAsync(bool includeDemoData, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var steps = scope.ServiceProvider.GetServices<IRecipeStep>()
            .Where(s => includeDemoData || s.Kind == RecipeKind.Setup)
            .OrderBy(s => s.Kind)
            .ThenBy(s => ModuleIndex(s.GetType()))
            .ThenBy(s => s.Order)
            .ToList();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        var done = (await db.Set<RecipeRun>().Select(r => r.Name).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var step in steps.Where(s => !done.Contains(s.Name)))
        {
            log.LogInformation("Running recipe step {Step}", step.Name);
            await step.ExecuteAsync(cancellationToken);
            db.Set<RecipeRun>().Add(new RecipeRun { Name = step.Name, At = DateTime.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private int ModuleIndex(Type stepType)
    {
        for (var i = 0; i < catalog.Enabled.Count; i++)
            if (catalog.Enabled[i].Assembly == stepType.Assembly) return i;
        return -1;   // Core and the host run first
    }
}

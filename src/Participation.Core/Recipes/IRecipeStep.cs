namespace Participation.Core.Recipes;

/// <summary>
/// A named, idempotent step of a recipe (Orchard Core's term): setup steps run on every start until
/// recorded as done; demo-data steps run only when <c>Participation:DemoData</c> is on.
/// A module registers its steps with <c>services.AddRecipeStep&lt;T&gt;()</c>.
/// </summary>
public interface IRecipeStep
{
    /// <summary>Unique, stable name: the record that the step ran uses it.</summary>
    string Name { get; }
    RecipeKind Kind { get; }
    /// <summary>Order within the module; modules themselves run in dependency order.</summary>
    int Order => 0;
    Task ExecuteAsync(CancellationToken cancellationToken);
}

public enum RecipeKind { Setup, DemoData }

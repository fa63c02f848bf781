using Participation.Core.Modules;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Foundation;

/// <summary>Start-up through the real host with a deployer's module list.</summary>
public sealed class ModuleLoadingTests
{
    private static ParticipationFactory WithModules(params string[] modules)
    {
        var factory = new ParticipationFactory();
        // The top-level file lists nine modules; blank the indexes we do not set.
        for (var i = 0; i < 12; i++) factory.Settings[$"Participation:Modules:{i}"] = i < modules.Length ? modules[i] : "";
        return factory;
    }

    [Fact]
    public void Start_up_stops_naming_the_missing_dependency()
    {
        using var factory = WithModules("Accounts", "Consultations");
        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var load = ex as ModuleLoadException ?? ex.InnerException as ModuleLoadException ?? Assert.IsType<ModuleLoadException>(ex.GetBaseException());
        Assert.Contains("'Drafts'", load.Message);
    }

    [Fact]
    public void Start_up_stops_naming_an_unknown_module()
    {
        using var factory = WithModules("Accounts", "Petitions");
        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("'Petitions'", ex.GetBaseException().Message);
    }

    [Fact]
    public async Task A_disabled_module_contributes_no_pages_or_links()
    {
        using var factory = WithModules("Accounts");
        var client = factory.CreateClient();
        var home = await client.GetStringAsync("/");
        Assert.DoesNotContain("href=\"/rounds\"", home);
        Assert.Contains("href=\"/account/login\"", home);
        var catalog = factory.WithScope(sp => (ModuleCatalog)sp.GetService(typeof(ModuleCatalog))!);
        Assert.Equal(["Accounts"], catalog.Enabled.Select(m => m.Name));
    }
}

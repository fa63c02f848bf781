using Participation.Core.Modules;

namespace Participation.Tests.Foundation;

public sealed class ModuleCatalogTests
{
    private static ModuleDescriptor Module(string name, params string[] deps) =>
        new(name, "", deps, typeof(ModuleCatalogTests).Assembly, typeof(object));

    private static readonly IReadOnlyList<ModuleDescriptor> Installed =
        [Module("Accounts"), Module("Drafts"), Module("Consultations", "Drafts"), Module("Summaries", "Consultations")];

    [Fact]
    public void Orders_modules_after_their_dependencies()
    {
        var catalog = ModuleCatalog.Resolve(["Summaries", "Consultations", "Drafts", "Accounts"], Installed);
        var names = catalog.Enabled.Select(m => m.Name).ToList();
        Assert.True(names.IndexOf("Drafts") < names.IndexOf("Consultations"));
        Assert.True(names.IndexOf("Consultations") < names.IndexOf("Summaries"));
        Assert.Equal(4, names.Count);
    }

    [Fact]
    public void Unknown_module_is_named_in_the_error()
    {
        var ex = Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Resolve(["Accounts", "Petitions"], Installed));
        Assert.Contains("'Petitions'", ex.Message);
    }

    [Fact]
    public void Missing_dependency_names_both_modules()
    {
        var ex = Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Resolve(["Consultations"], Installed));
        Assert.Contains("'Consultations'", ex.Message);
        Assert.Contains("'Drafts'", ex.Message);
    }

    [Fact]
    public void Dependency_that_is_not_installed_is_reported()
    {
        var ex = Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Resolve(["Orphan"], [Module("Orphan", "Ghost")]));
        Assert.Contains("'Ghost', which is not installed", ex.Message);
    }

    [Fact]
    public void Cycles_are_reported_with_their_path()
    {
        var ex = Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Resolve(["A", "B"], [Module("A", "B"), Module("B", "A")]));
        Assert.Contains("cycle", ex.Message);
    }

    [Fact]
    public void Every_shipped_module_is_installed_with_a_startup()
    {
        var names = InstalledModules.Descriptors.Select(d => d.Name).ToHashSet();
        foreach (var expected in new[] { "Accounts", "Drafts", "Consultations", "Committees", "Wards", "Clustering", "Plans", "Summaries", "Api" })
            Assert.Contains(expected, names);
        Assert.All(InstalledModules.Descriptors, d => Assert.IsAssignableFrom<ModuleStartup>(d.CreateStartup()));
    }
}

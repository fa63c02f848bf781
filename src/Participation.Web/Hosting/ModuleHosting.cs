using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Participation.Core;
using Participation.Core.Modules;

namespace Participation.Web.Hosting;

/// <summary>Loads the modules named in <c>Participation:Modules</c>, in dependency order.</summary>
internal static class ModuleHosting
{
    public static LoadedModules AddParticipationModules(this WebApplicationBuilder builder)
    {
        var names = builder.Configuration.GetSection($"{ParticipationOptions.Section}:Modules").Get<string[]>() ?? [];
        var catalog = ModuleCatalog.Resolve(names, InstalledModules.Descriptors);
        var startups = catalog.Enabled.Select(d => d.CreateStartup()).ToList();
        builder.Services.AddSingleton(catalog);
        foreach (var startup in startups) startup.ConfigureServices(builder.Services, builder.Configuration);
        return new LoadedModules(catalog, startups);
    }

    /// <summary>Keeps controllers and views of installed-but-disabled modules out of MVC.</summary>
    public static void KeepOnlyEnabledModuleParts(ApplicationPartManager parts, ModuleCatalog catalog)
    {
        var disabled = InstalledModules.Descriptors.Where(d => !catalog.IsEnabled(d.Name)).Select(d => d.Assembly.GetName().Name).ToHashSet();
        foreach (var part in parts.ApplicationParts.ToList())
            if (part is AssemblyPart assemblyPart && disabled.Contains(assemblyPart.Assembly.GetName().Name)
                || part is CompiledRazorAssemblyPart razorPart && disabled.Contains(razorPart.Assembly.GetName().Name))
                parts.ApplicationParts.Remove(part);
        foreach (var module in catalog.Enabled)
            if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == module.Assembly))
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(module.Assembly).GetApplicationParts(module.Assembly))
                    parts.ApplicationParts.Add(part);
    }

    public static void MapParticipationModules(this WebApplication app, LoadedModules modules)
    {
        foreach (var startup in modules.Startups) startup.MapEndpoints(app);
    }
}

internal sealed record LoadedModules(ModuleCatalog Catalog, IReadOnlyList<ModuleStartup> Startups);

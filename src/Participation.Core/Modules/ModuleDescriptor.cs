using System.Reflection;

namespace Participation.Core.Modules;

/// <summary>An installed module: its manifest, assembly and startup type.</summary>
public sealed record ModuleDescriptor(string Name, string Description, IReadOnlyList<string> Dependencies,
    Assembly Assembly, Type StartupType)
{
    public ModuleStartup CreateStartup() => (ModuleStartup)Activator.CreateInstance(StartupType)!;
}

namespace Participation.Core.Modules;

/// <summary>
/// The manifest of a module, declared once per module assembly in its <c>Manifest.cs</c>
/// (Orchard Core's shape): a name the deployer enables in <c>Participation:Modules</c>,
/// a description, and the names of the modules it needs.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string[] Dependencies { get; init; } = [];
}

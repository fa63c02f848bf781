namespace Participation.Core.Modules;

/// <summary>The modules a deployer enabled, in dependency order (a module after everything it needs).</summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IReadOnlyList<ModuleDescriptor> enabled) => Enabled = enabled;

    public IReadOnlyList<ModuleDescriptor> Enabled { get; }

    public bool IsEnabled(string name) => Enabled.Any(m => m.Name == name);

    /// <summary>
    /// Resolves the enabled module names against the installed modules. Unknown names, missing
    /// dependencies and cycles stop start-up with a message that names the culprit.
    /// </summary>
    public static ModuleCatalog Resolve(IEnumerable<string> enabledNames, IReadOnlyList<ModuleDescriptor> installed)
    {
        var byName = installed.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        var wanted = enabledNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var name in wanted)
            if (!byName.ContainsKey(name))
                throw new ModuleLoadException($"Unknown module '{name}' in Participation:Modules. Installed modules: {string.Join(", ", installed.Select(m => m.Name))}.");

        var enabled = new HashSet<string>(wanted.Select(n => byName[n].Name), StringComparer.Ordinal);
        foreach (var name in enabled)
            foreach (var dependency in byName[name].Dependencies)
                if (!enabled.Contains(dependency))
                    throw new ModuleLoadException(byName.ContainsKey(dependency)
                        ? $"Module '{name}' depends on module '{dependency}', which is not enabled in Participation:Modules."
                        : $"Module '{name}' depends on module '{dependency}', which is not installed.");

        var ordered = new List<ModuleDescriptor>();
        var state = new Dictionary<string, bool>();   // false = visiting, true = done
        void Visit(string name, Stack<string> path)
        {
            if (state.TryGetValue(name, out var done))
            {
                if (!done) throw new ModuleLoadException($"Modules depend on each other in a cycle: {string.Join(" → ", path.Reverse().Append(name))}.");
                return;
            }
            state[name] = false; path.Push(name);
            foreach (var dependency in byName[name].Dependencies) Visit(dependency, path);
            path.Pop(); state[name] = true;
            ordered.Add(byName[name]);
        }
        foreach (var name in wanted.Select(n => byName[n].Name)) Visit(name, new Stack<string>());
        return new ModuleCatalog(ordered);
    }
}

/// <summary>Thrown at start-up when the configured modules cannot be loaded.</summary>
public sealed class ModuleLoadException(string message) : Exception(message);

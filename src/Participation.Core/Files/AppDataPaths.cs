namespace Participation.Core.Files;

/// <summary>Where the site keeps its files (database, mail pickup, uploads, keys): <c>App_Data</c> by default.</summary>
public sealed class AppDataPaths(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>An absolute path stays; a relative one is taken under <see cref="Root"/>.</summary>
    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(Root, path);
}

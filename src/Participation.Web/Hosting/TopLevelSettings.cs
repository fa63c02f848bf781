namespace Participation.Web.Hosting;

/// <summary>
/// The deployer edits one file: the repository's top-level appsettings.json. Found by walking up from
/// the content root to the folder holding Participation.sln; the build-output copy is the fallback.
/// Environment variables (<c>Participation__Database__Provider</c>) and the command line still win.
/// </summary>
internal static class TopLevelSettings
{
    public static IConfigurationBuilder AddTopLevelSettings(this ConfigurationManager configuration, IWebHostEnvironment environment)
    {
        var file = Find(environment.ContentRootPath) ?? Find(AppContext.BaseDirectory);
        if (file is null) return configuration;
        var sources = configuration.Sources;
        // Insert right after the default appsettings sources so env vars and args keep precedence.
        var index = sources.ToList().FindLastIndex(s => s is Microsoft.Extensions.Configuration.Json.JsonConfigurationSource) + 1;
        var json = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource { Path = file, Optional = false, ReloadOnChange = false };
        json.ResolveFileProvider();
        sources.Insert(index, json);
        var environmentFile = Path.Combine(Path.GetDirectoryName(file)!, $"appsettings.{environment.EnvironmentName}.json");
        if (File.Exists(environmentFile))
        {
            var envJson = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource { Path = environmentFile, Optional = true };
            envJson.ResolveFileProvider();
            sources.Insert(index + 1, envJson);
        }
        return configuration;
    }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "appsettings.json");
            if (File.Exists(Path.Combine(dir.FullName, "Participation.sln")) && File.Exists(candidate)) return candidate;
        }
        var local = Path.Combine(start, "appsettings.json");
        return File.Exists(local) ? local : null;
    }
}

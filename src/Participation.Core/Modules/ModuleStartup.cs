using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Core.Modules;

/// <summary>
/// What a module contributes to the host. Each module has one <c>Startup</c> class deriving from this.
/// Entity configurations are picked up from the module assembly for every installed module,
/// so the schema stays the same whichever modules a deployer enables.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Registers the module's services, permissions, recipe steps and statistics providers.</summary>
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>Maps the module's minimal-API endpoints (controllers are found through application parts).</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}

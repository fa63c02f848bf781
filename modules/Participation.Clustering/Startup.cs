using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Clustering.Services;
using Participation.Core.Modules;

namespace Participation.Clustering;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The pipeline is stateless and thread-safe; a run's model travels with its outcome.
        services.AddSingleton<ClusteringPipeline>();
    }
}

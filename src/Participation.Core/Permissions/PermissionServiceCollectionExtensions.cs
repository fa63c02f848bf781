using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Core.Permissions;

public static class PermissionServiceCollectionExtensions
{
    /// <summary>Declares a module's permissions and turns each into an authorization policy of the same name.</summary>
    public static IServiceCollection AddPermissions<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider, new()
    {
        var provider = new TProvider();
        services.AddSingleton<IPermissionProvider>(provider);
        services.Configure<AuthorizationOptions>(options =>
        {
            foreach (var permission in provider.GetPermissions())
                options.AddPolicy(permission.Name, p => p.RequireAuthenticatedUser().RequireRole(permission.Roles));
        });
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Participation.Core.Navigation;

/// <summary>
/// An entry on the staff start page (/staff): a module registers one per task it offers staff,
/// with the roles that see it.
/// </summary>
public sealed record StaffLink(string TitleKey, string Url, string DescriptionKey, params string[] Roles);

public static class StaffLinkServiceCollectionExtensions
{
    public static IServiceCollection AddStaffLink(this IServiceCollection services, StaffLink link) => services.AddSingleton(link);
}

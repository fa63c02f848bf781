namespace Participation.Core.Permissions;

/// <summary>
/// A permission a module declares and checks at its endpoints. Its name is also the authorization
/// policy name; the roles listed are granted it.
/// </summary>
public sealed record Permission(string Name, string DescriptionKey, params string[] Roles);

/// <summary>Each module's <c>Permissions.cs</c> implements this.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
}

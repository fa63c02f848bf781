namespace Participation.Core.Identity;

/// <summary>The roles of DESIGN.md. A WardStaff member acts only on their own ward.</summary>
public static class Roles
{
    public const string Resident = "Resident";
    public const string WardStaff = "WardStaff";
    public const string Secretariat = "Secretariat";
    public const string Councillor = "Councillor";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Resident, WardStaff, Secretariat, Councillor, Administrator];
}

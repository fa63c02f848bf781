using Participation.Core.Identity;

namespace Participation.Accounts.Recipes;

/// <summary>One demo login per role; printed at start outside Production.</summary>
public static class DemoUsers
{
    public const string Password = "demo-password-2026";

    public static readonly (string Email, string DisplayName, string Role, string? WardName)[] All =
    [
        ("admin@demo.example", "管理者 デモ", Roles.Administrator, null),
        ("staff.chuo@demo.example", "中央区 総務課 デモ", Roles.WardStaff, "中央区"),
        ("staff.kita@demo.example", "北区 総務課 デモ", Roles.WardStaff, "北区"),
        ("secretariat@demo.example", "審議会事務局 デモ", Roles.Secretariat, null),
        ("councillor@demo.example", "議員 デモ", Roles.Councillor, null),
        ("resident@demo.example", "市民 デモ", Roles.Resident, "中央区"),
    ];
}

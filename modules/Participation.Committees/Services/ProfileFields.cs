using Participation.Committees.Models;

namespace Participation.Committees.Services;

/// <summary>The profile fields an application form can ask for; quotas and the imported pool use the same names.</summary>
public static class ProfileFields
{
    public static readonly IReadOnlyList<string> All = ["Gender", "AgeBand", "Ward", "Occupation"];

    public static string Value(Application a, string field) => field switch
    {
        "Gender" => a.Gender,
        "AgeBand" => a.AgeBand,
        "Ward" => a.Ward,
        "Occupation" => a.Occupation,
        _ => "",
    };

    public static string LabelKey(string field) => $"Secretariat.Field.{field}";
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Core;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Recipes;

namespace Participation.Accounts.Recipes;

/// <summary>A sample city with six wards (fictional; office contacts use reserved example numbers).</summary>
public sealed class DemoCityStep(ParticipationDbContext db, IOptions<ParticipationOptions> options) : IRecipeStep
{
    public string Name => "accounts.demo-city";
    public RecipeKind Kind => RecipeKind.DemoData;
    public int Order => 1;

    public static readonly (string Name, string En, string Kana)[] Wards =
    [
        ("中央区", "Chuo Ward", "ちゅうおうく"),
        ("北区", "Kita Ward", "きたく"),
        ("南区", "Minami Ward", "みなみく"),
        ("東区", "Higashi Ward", "ひがしく"),
        ("西区", "Nishi Ward", "にしく"),
        ("緑が丘区", "Midorigaoka Ward", "みどりがおかく"),
    ];

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<City>().AnyAsync(cancellationToken)) return;
        var city = new City { Name = options.Value.CityName, NameEn = options.Value.CityNameEn };
        for (var i = 0; i < Wards.Length; i++)
            city.Wards.Add(new Ward
            {
                Name = Wards[i].Name, NameEn = Wards[i].En, Kana = Wards[i].Kana, SortOrder = i,
                OfficeAddress = $"{options.Value.CityName}{Wards[i].Name}役所 総務課",
                OfficePhone = $"000-000-{1001 + i:0000}",
            });
        db.Add(city);
        await db.SaveChangesAsync(cancellationToken);
    }
}

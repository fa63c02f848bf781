using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Committees;

/// <summary>Lookups shared by the secretariat tests (demo data: 環境審議会 recruiting, 地域公共交通会議 closed with 40 applicants).</summary>
internal static class SecretariatTestSupport
{
    public const string Secretariat = "secretariat@demo.example";

    public static Task<int> CommitteeIdAsync(ParticipationFactory factory, string name) =>
        factory.WithDbAsync(db => db.Set<Committee>().Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    /// <summary>A browser client signed in as the demo secretariat, and the id of the committee <paramref name="name"/>.</summary>
    public static async Task<(HttpClient Staff, int Id)> SecretariatOfAsync(ParticipationFactory factory, string name = "環境審議会")
    {
        var staff = factory.CreateBrowserClient();
        await staff.SignInAsync(Secretariat);
        return (staff, await CommitteeIdAsync(factory, name));
    }

    public static Task<int> RecruitmentIdAsync(ParticipationFactory factory, string committee) =>
        factory.WithDbAsync(db => (from r in db.Set<Recruitment>() join c in db.Set<Committee>() on r.CommitteeId equals c.Id
                                   where c.Name == committee select r.Id).SingleAsync());

    public static string Essay(int chars, string prefix = "") =>
        (prefix + string.Concat(Enumerable.Repeat("地域の移動について、市民の立場から考えを述べます。", chars / 20 + 2)))[..chars];
}

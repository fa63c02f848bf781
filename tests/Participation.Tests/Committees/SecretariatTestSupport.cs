using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Committees.Models;
using Participation.Committees.Services.Selecting;
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

    /// <summary>Starts a selection run from the secretariat's form and runs its background job directly (the test site runs no job server).</summary>
    public static async Task<int> StartRunAsync(ParticipationFactory factory, HttpClient staff, int rid, params (string, string)[] fields)
    {
        var url = $"/staff/recruitments/{rid}/selection";
        var response = await staff.PostFormAsync(url, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var runId = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        await factory.WithScope(async sp =>
        {
            using var scope = sp.CreateScope();
            await scope.ServiceProvider.GetRequiredService<SelectionRunJob>().RunAsync(runId);
            return 0;
        });
        return runId;
    }

    public static string Essay(int chars, string prefix = "") =>
        (prefix + string.Concat(Enumerable.Repeat("地域の移動について、市民の立場から考えを述べます。", chars / 20 + 2)))[..chars];
}

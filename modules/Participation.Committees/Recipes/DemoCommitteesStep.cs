using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;
using Participation.Core.Recipes;

namespace Participation.Committees.Recipes;

/// <summary>Demo: one committee recruiting now, and one whose call has closed with a pool of generated applicants.</summary>
public sealed class DemoCommitteesStep(ParticipationDbContext db, TimeProvider clock,
    Microsoft.AspNetCore.Identity.UserManager<Participation.Core.Identity.AppUser> users) : IRecipeStep
{
    public string Name => "committees.demo";
    public RecipeKind Kind => RecipeKind.DemoData;
    public int Order => 50;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Committee>().AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var environment = new Committee
        {
            Name = "環境審議会", Department = "環境局 環境政策課", TotalSeats = 20, ResidentSeats = 4,
            Purpose = "環境基本計画の策定と進行管理について、市長の諮問に応じて調査・審議します。",
            Term = "2年", MeetingSchedule = "年4回程度（平日の午後）",
            Recruitments = [new Recruitment
            {
                OpensAtUtc = now.AddDays(-10), ClosesAtUtc = now.AddDays(20),
                EssayTheme = "脱炭素のまちづくりに向けて、市民としてできること",
            }],
        };
        var transport = new Committee
        {
            Name = "地域公共交通会議", Department = "都市局 交通政策課", TotalSeats = 15, ResidentSeats = 6,
            Purpose = "路線バス・コミュニティバスの路線と運行について協議します。",
            Term = "2年", MeetingSchedule = "年3回程度",
            Recruitments = [new Recruitment
            {
                OpensAtUtc = now.AddDays(-60), ClosesAtUtc = now.AddDays(-30),
                EssayTheme = "これからの地域の移動手段について",
            }],
        };
        db.AddRange(environment, transport);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(DemoApplicants.Generate(transport.Recruitments[0].Id, 40, now.AddDays(-40)));
        // The demo secretariat user runs both committees (per-committee scope).
        if (await users.FindByEmailAsync("secretariat@demo.example") is { } secretariat)
            foreach (var c in new[] { environment, transport })
                db.Add(new CommitteeSecretariat { CommitteeId = c.Id, UserId = secretariat.Id, Label = secretariat.DisplayName ?? "secretariat" });
        await db.SaveChangesAsync(cancellationToken);
    }
}

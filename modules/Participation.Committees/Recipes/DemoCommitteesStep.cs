using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;
using Participation.Core.Recipes;

namespace Participation.Committees.Recipes;

/// <summary>Demo: one committee recruiting now (with published minutes), and one whose call has closed with a pool of generated applicants.</summary>
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
        db.Add(DemoMinutes(environment.Id, now));
        // The demo secretariat user runs both committees (per-committee scope).
        if (await users.FindByEmailAsync("secretariat@demo.example") is { } secretariat)
            foreach (var c in new[] { environment, transport })
                db.Add(new CommitteeSecretariat { CommitteeId = c.Id, UserId = secretariat.Id, Label = secretariat.DisplayName ?? "secretariat" });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Published minutes of the last meeting, text only (no names but office holders').</summary>
    private static CommitteeDocument DemoMinutes(int committeeId, DateTime now)
    {
        var held = Participation.Core.Time.TokyoTime.StartOfDay(DateOnly.FromDateTime(now.AddDays(-45)));
        return new CommitteeDocument
        {
            CommitteeId = committeeId, Kind = CommitteeDocumentKind.Minutes, Title = "第3回 環境審議会 議事録",
            Markdown = "## 議題\n\n1. 環境基本計画（第4次）の進捗状況について\n2. 市民委員の公募について\n\n## 主な意見\n\n"
                + "- 温室効果ガス排出量の削減目標に対し、家庭部門の取組が遅れている。\n- 市民委員の公募では、若い世代が応募しやすい工夫が必要である。\n\n"
                + "## 決定事項\n\n市民委員4名を公募し、抽選により選考する。",
            HeldOnUtc = held, IsPublished = true, PublishedAtUtc = held.AddDays(14), CreatedAtUtc = held.AddDays(10), UpdatedAtUtc = held.AddDays(14),
        };
    }
}

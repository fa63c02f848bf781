using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Recipes;
using Participation.Drafts.Models;

namespace Participation.Consultations.Recipes;

/// <summary>
/// A やさしい日本語 summary on the demo's open round, so a newcomer sees the labelled box (and its furigana
/// switch) on the round page without writing one first. Written as staff would: short sentences, one idea
/// each, hard words explained. Runs after the demo rounds exist; leaves a summary staff already wrote alone.
/// </summary>
public sealed class DemoEasyJapaneseStep(ParticipationDbContext db, TimeProvider clock) : IRecipeStep
{
    public const string RoundTitle = "みどり市地域公共交通計画（案）への意見募集";

    public const string Text = """
        みどり市は、バスなどの「公共交通（こうきょうこうつう）」の計画を作っています。
        計画は、令和9年度から5年間の計画です。

        いま、バスに乗る人が少なくなっています。
        バスの運転手も足りません。
        家の近くにバス停がない地域もあります。

        市は、次のことを考えています。
        ・病院や買い物に行くためのバスを残します。
        ・バス停が遠い地域では、予約して乗る小さい車を走らせます。
        ・バスの時刻や乗り方を、わかりやすく知らせます。

        この計画について、あなたの意見を聞かせてください。
        インターネット、郵便、FAX、市役所の窓口で出すことができます。
        名前や住所は、この意見募集のためだけに使います。
        """;

    public string Name => "consultations.demo-easy-japanese";
    public RecipeKind Kind => RecipeKind.DemoData;
    public int Order => 20;

    public async Task ExecuteAsync(CancellationToken ct)
    {
        var draftId = await db.Set<ConsultationRound>().AsNoTracking().Where(r => r.Title == RoundTitle).Select(r => (int?)r.DraftId).FirstOrDefaultAsync(ct);
        if (draftId is not int id || await db.Set<EasyJapaneseSummary>().AnyAsync(s => s.DraftId == id, ct)) return;
        db.Add(new EasyJapaneseSummary { DraftId = id, Text = Text.Trim(), UpdatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
    }
}

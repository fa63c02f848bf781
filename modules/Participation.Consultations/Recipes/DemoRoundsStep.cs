using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Recipes;
using Participation.Core.Privacy;
using Participation.Drafts.Services;

namespace Participation.Consultations.Recipes;

/// <summary>
/// Four rounds a newcomer can look at: one open (city-wide transport plan), one with published results
/// (中央区 parks), one closed awaiting results (北区 childcare) and one announced (waste).
/// </summary>
public sealed class DemoRoundsStep(ParticipationDbContext db, DraftService drafts, TimeProvider clock, IRedactor redactor) : IRecipeStep
{
    public string Name => "consultations.demo-rounds";
    public RecipeKind Kind => RecipeKind.DemoData;
    public int Order => 10;

    private const string Purpose = "ご記入いただいた氏名・連絡先等の個人情報は、本意見募集に関する確認・連絡のためにのみ使用し、公表しません。";

    public async Task ExecuteAsync(CancellationToken ct)
    {
        if (await db.Set<ConsultationRound>().AnyAsync(ct)) return;
        var wards = await db.Set<Ward>().OrderBy(w => w.SortOrder).Select(w => w.Id).ToListAsync(ct);
        int? Ward(int i) => wards.Count > i ? wards[i] : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var gen = new OpinionGenerator(2026);

        var open = await RoundAsync("みどり市地域公共交通計画（案）への意見募集", null, "都市交通部 交通政策課", DemoDraftTexts.Transport,
            now.AddDays(-10), now.AddDays(20), RoundStatus.Open, ct);
        await SubmissionsAsync(open, gen, DemoOpinionPools.Transport, 320, wards, ct);

        var published = await RoundAsync("中央区公園再整備基本方針（案）への意見募集", Ward(0), "中央区役所 地域整備課", DemoDraftTexts.Parks,
            now.AddDays(-120), now.AddDays(-90), RoundStatus.ResultsPublished, ct);
        await SubmissionsAsync(published, gen, DemoOpinionPools.Parks, 260, wards, ct);
        await PublishParksAsync(published, now.AddDays(-20), ct);

        var closed = await RoundAsync("北区子育て支援施設整備計画（案）への意見募集", Ward(1), "北区役所 こども家庭課", DemoDraftTexts.Childcare,
            now.AddDays(-45), now.AddDays(-5), RoundStatus.Closed, ct);
        await SubmissionsAsync(closed, gen, DemoOpinionPools.Childcare, 90, wards, ct);

        await RoundAsync("みどり市ごみ減量・資源化推進計画（案）への意見募集", null, "環境局 資源循環課", DemoDraftTexts.Waste,
            now.AddDays(7), now.AddDays(37), RoundStatus.Announced, ct);
    }

    private async Task<ConsultationRound> RoundAsync(string title, int? wardId, string department, string text,
        DateTime opens, DateTime closes, RoundStatus status, CancellationToken ct)
    {
        var draft = await drafts.CreateAsync(title.Replace("への意見募集", ""), department, wardId, text, ct);
        var round = new ConsultationRound
        {
            Title = title, WardId = wardId, Department = department, DraftId = draft.Id, PurposeNotice = Purpose,
            OpensAt = opens, ClosesAt = closes, Status = status, CreatedAt = opens.AddDays(-14),
            SubmitTo = $"{department}（〒000-0000 みどり市役所内） FAX 000-000-0000",
            RequireName = true,
        };
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return round;
    }

    private async Task SubmissionsAsync(ConsultationRound round, OpinionGenerator gen, Dictionary<string, string[]> pools,
        int count, IReadOnlyList<int> wards, CancellationToken ct)
    {
        var sections = pools.Keys.ToList();
        // Open rounds only have submissions up to now.
        var span = Math.Max(1, (Math.Min(round.ClosesAt.Ticks, clock.GetUtcNow().UtcDateTime.Ticks) - round.OpensAt.Ticks) / TimeSpan.TicksPerMinute);
        var list = new List<(Submission S, SubmitterContact C)>();
        for (var i = 0; i < count; i++)
        {
            var received = round.OpensAt.AddMinutes(gen.Next((int)span));
            var s = new Submission
            {
                RoundId = round.Id, ReceiptNumber = ReceiptNumbers.New(round.Id), Channel = gen.Channel(), Category = gen.Category(),
                WardId = gen.Next(10) == 0 || wards.Count == 0 ? null : gen.Pick(wards), ReceivedAt = received, CreatedAt = received,
            };
            var opinions = 1 + (gen.Next(4) == 0 ? gen.Next(3) : 0);
            for (var k = 0; k < opinions; k++)
            {
                var section = gen.Pick(sections);
                s.Opinions.Add(new Opinion { RoundId = round.Id, Section = section, Order = k, Text = gen.Opinion(pools[section], gen.Next(12) == 0) });
            }
            var contact = new SubmitterContact { Name = gen.Name() };
            if (s.Channel is Channel.Web or Channel.Email or Channel.Api) contact.Email = gen.Email();
            else contact.Address = gen.Address();
            if (s.Channel == Channel.Phone) contact.Phone = gen.Phone();
            list.Add((s, contact));
        }
        db.AddRange(list.Select(x => x.S));
        await db.SaveChangesAsync(ct);
        foreach (var (s, c) in list) c.SubmissionId = s.Id;
        db.AddRange(list.Select(x => x.C));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Groups the parks opinions by section, answers each group and publishes version 2 of the draft.</summary>
    private async Task PublishParksAsync(ConsultationRound round, DateTime publishedAt, CancellationToken ct)
    {
        var groups = DemoOpinionPools.ParksAnswers.Select((a, i) => new OpinionGroup
        {
            RoundId = round.Id, Section = a.Section, Summary = a.Summary, Answer = a.Answer, Reflection = a.Reflection, Order = i,
            ChangedSections = a.Reflection == "A" ? a.Section : null,
        }).ToList();
        db.AddRange(groups);
        await db.SaveChangesAsync(ct);
        var opinions = await db.Set<Opinion>().Where(o => o.RoundId == round.Id).ToListAsync(ct);
        foreach (var o in opinions)
        {
            var inSection = groups.Where(g => g.Section == o.Section).ToList();
            var group = inSection.Count == 1 || o.Text.Contains("木陰") || o.Text.Contains("ベンチ") || o.Text.Contains("段差") ? inSection[0] : inSection[^1];
            o.GroupId = group.Id;
            o.PublishedText = redactor.Redact(o.Text);
        }
        var version = await drafts.AddVersionAsync(round.DraftId, DemoDraftTexts.ParksRevised, "木陰・段差・ワークショップに関する記述を追加しました。", ct);
        round.FinalDraftVersion = version.Number;
        round.ResultsPublishedAt = publishedAt;
        round.ResultSummary = "頂いたご意見を踏まえ、日陰の確保、段差の解消、設計段階のワークショップについて方針に追記しました。";
        db.Update(round);
        await db.SaveChangesAsync(ct);
    }
}

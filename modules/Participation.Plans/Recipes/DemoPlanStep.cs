using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Core;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Privacy;
using Participation.Core.Recipes;
using Participation.Plans.Models;

namespace Participation.Plans.Recipes;

/// <summary>
/// Demo 総合計画 (令和4〜13年度): policy areas, measures, projects and KPIs with actuals for
/// 令和4〜7年度 and targets for 令和9年度, and resident voice tied to several measures.
/// </summary>
public sealed class DemoPlanStep(ParticipationDbContext db, IOptions<ParticipationOptions> options, IRedactor redactor, TimeProvider clock) : IRecipeStep
{
    public string Name => "plans.demo-plan";
    public RecipeKind Kind => RecipeKind.DemoData;
    public int Order => 10;

    public const int BaselineYear = 2021, FirstActualYear = 2022, LastActualYear = 2025, TargetYear = 2027;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Plan>().AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var wards = await db.Set<Ward>().AsNoTracking().ToDictionaryAsync(w => w.Name, w => w.Id, cancellationToken);
        var city = options.Value.CityName;
        var plan = new Plan
        {
            Title = $"第6次{city}総合計画", StartFiscalYear = 2022, EndFiscalYear = 2031,
            Vision = "みどりとともに、みんなでつくる　笑顔がつながるまち　" + city,
            Description = "基本構想に掲げる将来都市像の実現に向け、6つの政策分野ごとに施策と成果指標を定めた計画です。前期基本計画の期間は令和4年度から令和8年度まで、成果指標の目標年度は令和9年度です。",
        };
        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);

        var measuresByTitle = new Dictionary<string, PlanMeasure>();
        var kpiIndex = 0;
        for (var a = 0; a < DemoPlanData.Areas.Length; a++)
        {
            var area = DemoPlanData.Areas[a];
            var areaNode = Node(plan.Id, null, PlanLevel.PolicyArea, $"{a + 1}", area.Title, area.Description, "", "in-progress", 1, null, a, now);
            db.Add(areaNode);
            await db.SaveChangesAsync(cancellationToken);
            for (var m = 0; m < area.Measures.Length; m++)
            {
                var data = area.Measures[m];
                var measure = Node(plan.Id, areaNode.Id, PlanLevel.Measure, $"{a + 1}-{m + 1}", data.Title, data.Description, data.Department,
                    "in-progress", data.Weight, null, m, now);
                foreach (var k in data.Kpis) measure.Kpis.Add(Kpi(k, kpiIndex++, now));
                db.Add(measure);
                await db.SaveChangesAsync(cancellationToken);
                measuresByTitle[data.Title] = measure;
                for (var p = 0; p < data.Projects.Length; p++)
                {
                    var pr = data.Projects[p];
                    int? wardId = pr.Ward is not null && wards.TryGetValue(pr.Ward, out var w) ? w : null;
                    var project = Node(plan.Id, measure.Id, PlanLevel.Project, $"{a + 1}-{m + 1}-{p + 1}", pr.Title, pr.Description, pr.Department,
                        pr.Status, pr.Weight, wardId, p, now);
                    foreach (var k in pr.Kpis ?? []) project.Kpis.Add(Kpi(k, kpiIndex++, now));
                    db.Add(project);
                    await db.SaveChangesAsync(cancellationToken);
                    AddTimeline(project, now);
                }
            }
        }
        foreach (var v in DemoPlanData.VoiceEntries)
            db.Add(new MeasureVoiceLink
            {
                MeasureId = measuresByTitle[v.MeasureTitle].Id, SourceType = v.Type, SourceId = $"demo-{Slug(v.Title)}", Title = v.Title,
                Url = v.Url, Count = v.Count, RepresentativeText = redactor.Redact(v.Text), LinkedAt = now.AddMonths(-v.MonthsAgo),
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static PlanMeasure Node(int planId, int? parentId, PlanLevel level, string code, string title, string description,
        string department, string status, double weight, int? wardId, int order, DateTime now) => new()
    {
        PlanId = planId, ParentId = parentId, Level = level, Code = code, Title = title, Description = description,
        Department = department, Status = status, Weight = weight, WardId = wardId, SortOrder = order, UpdatedAt = now,
    };

    private static Kpi Kpi(DemoPlanData.Indicator k, int index, DateTime now)
    {
        var kpi = new Kpi
        {
            Name = k.Name, Unit = k.Unit, BaselineValue = k.Baseline, BaselineFiscalYear = BaselineYear, TargetValue = k.Target,
            TargetFiscalYear = TargetYear, HigherIsBetter = k.HigherIsBetter, Comment = k.Comment, SortOrder = index,
        };
        for (var y = FirstActualYear; y <= LastActualYear; y++)
        {
            // Steady movement at the KPI's pace with a small deterministic wobble, as real figures have.
            var share = k.Pace * (y - BaselineYear) / (double)(TargetYear - BaselineYear);
            var wobble = 1 + 0.03 * Math.Sin(index * 7 + y);
            var value = Math.Round(k.Baseline + (k.Target - k.Baseline) * share * wobble, k.Decimals);
            if (k.Baseline >= 0) value = Math.Max(0, value);
            kpi.Actuals.Add(new KpiActual { FiscalYear = y, Value = value, RecordedAt = now });
        }
        return kpi;
    }

    private void AddTimeline(PlanMeasure project, DateTime now)
    {
        var steps = project.Status switch
        {
            "done" => new[] { ("considering", 30, "事業の実施方針を庁内で検討しました。"), ("in-progress", 20, "事業を開始しました。"), ("done", 6, "予定していた内容をすべて実施しました。") },
            "in-progress" => [("considering", 26, "関係課と実施方法を検討しました。"), ("in-progress", 14, "事業を開始し、進捗を四半期ごとに確認しています。")],
            "considering" => [("considering", 8, "先進自治体の事例を調査し、実施方法を検討しています。")],
            _ => [],
        };
        foreach (var (status, monthsAgo, note) in steps)
            db.Add(new ProgressUpdate { MeasureId = project.Id, Status = status, Note = note, PostedAt = now.AddMonths(-monthsAgo) });
    }

    private static string Slug(string title) => Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(title)))[..10].ToLowerInvariant();
}

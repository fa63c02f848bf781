using Participation.Core.Text;
using Microsoft.Extensions.Options;
using Participation.Core.Plans;
using Participation.Plans.Models;
using Participation.Plans.Services;
using Xunit;

namespace Participation.Tests.Plans;

/// <summary>The arithmetic behind the dashboards: roll-up, achievement rates, grades, similarity, year parsing.</summary>
public sealed class PlanServicesTests
{
    private static PlansSettings Settings(PlansOptions? o = null) => new(Options.Create(o ?? new PlansOptions()));

    private static PlanMeasure Node(int id, int? parent, string status, double weight = 1) =>
        new() { Id = id, ParentId = parent, Code = id.ToString(), Title = $"n{id}", Status = status, Weight = weight };

    [Fact]
    public void Parent_progress_is_the_weighted_mean_of_its_children()
    {
        var nodes = new List<PlanMeasure>
        {
            Node(1, null, "in-progress"),
            Node(2, 1, "in-progress", weight: 2),   // 50
            Node(3, 1, "done", weight: 1),          // 100
            Node(4, null, "considering", weight: 3),  // leaf: 10
        };
        var rollup = new ProgressRollup(Settings());
        var progress = rollup.Compute(nodes);
        Assert.Equal(200.0 / 3, progress[1], 9);
        Assert.Equal(10, progress[4]);
        // Plan: (1 × 66.67 + 3 × 10) / 4
        Assert.Equal((200.0 / 3 + 30) / 4, rollup.PlanProgress(nodes), 9);
    }

    [Fact]
    public void Zero_weights_fall_back_to_a_plain_mean_and_configured_statuses_replace_the_defaults()
    {
        var options = new PlansOptions { Statuses = [new() { Key = "started", Label = "着手", Progress = 30 }, new() { Key = "ended", Label = "終了", Progress = 90 }] };
        var nodes = new List<PlanMeasure> { Node(1, null, "x"), Node(2, 1, "started", 0), Node(3, 1, "ended", 0) };
        var progress = new ProgressRollup(Settings(options)).Compute(nodes);
        Assert.Equal(60, progress[1], 9);
        Assert.Equal(0, new ProgressRollup(Settings(options)).Compute([Node(9, null, "done")])[9]);   // "done" is not configured any more
    }

    [Theory]
    [InlineData(60.0, 100.0, "A")]
    [InlineData(64.0, 120.0, "A")]
    [InlineData(56.0, 80.0, "B")]
    [InlineData(55.8, 79.0, "C")]
    [InlineData(50.0, 50.0, "C")]
    [InlineData(49.8, 49.0, "D")]
    [InlineData(36.0, -20.0, "D")]
    public void Higher_is_better_rate_and_default_grades(double actual, double rate, string grade)
    {
        var kpi = new Kpi { Name = "k", BaselineValue = 40, TargetValue = 60, HigherIsBetter = true };
        var r = KpiGrader.AchievementRate(kpi, actual);
        Assert.Equal(rate, r!.Value, 9);
        Assert.Equal(grade, new KpiGrader(Settings()).Grade(r));
    }

    [Fact]
    public void Lower_is_better_is_mirrored_and_thresholds_are_configurable()
    {
        var kpi = new Kpi { Name = "待機児童数", BaselineValue = 48, TargetValue = 0, HigherIsBetter = false };
        Assert.Equal(75, KpiGrader.AchievementRate(kpi, 12)!.Value, 9);
        Assert.Equal(-25, KpiGrader.AchievementRate(kpi, 60)!.Value, 9);
        Assert.Null(KpiGrader.AchievementRate(kpi, null));
        var strict = new KpiGrader(Settings(new PlansOptions { Grades = new GradeThresholds { A = 100, B = 90, C = 75 } }));
        Assert.Equal("C", strict.Grade(75));
        Assert.Equal("D", strict.Grade(74.9));
        Assert.Equal(KpiGrader.NoGrade, strict.Grade(null));
        // Target equal to the baseline: kept or not.
        var keep = new Kpi { Name = "k", BaselineValue = 5, TargetValue = 5, HigherIsBetter = false };
        Assert.Equal(100, KpiGrader.AchievementRate(keep, 4));
        Assert.Equal(0, KpiGrader.AchievementRate(keep, 6));
    }

    [Fact]
    public void Suggestions_rank_the_measure_whose_description_shares_the_wording()
    {
        MeasureInfo M(int id, string title, string desc) => new(id, $"1-{id}", title, desc, 1, "計画", "部", null, $"/plans/measures/{id}");
        var measures = new List<MeasureInfo>
        {
            M(1, "子育て支援の充実", "保育所の定員拡大や待機児童の解消、子育て相談の充実により、子育て家庭を支えます。"),
            M(2, "公園とみどりの保全", "身近な公園の再整備と樹林地の保全で、憩いとにぎわいのあるみどりを増やします。"),
            M(3, "防災力の向上", "自主防災組織の活動支援と避難所の環境改善により、地域の防災力を高めます。"),
        };
        var ranked = MeasureSuggester.Rank("保育園の待機児童を解消してほしい。子育て相談の窓口も増やして", measures, 3);
        Assert.Equal(1, ranked[0].Measure.Id);
        Assert.True(ranked[0].Score > 0.2, $"score {ranked[0].Score}");
        Assert.DoesNotContain(ranked, s => s.Measure.Id == 3);
        Assert.Equal(3, MeasureSuggester.Rank("避難所のトイレと間仕切り", measures, 3)[0].Measure.Id);
        Assert.Empty(MeasureSuggester.Rank("", measures, 3));
    }

    [Fact]
    public void Bigram_cosine_is_one_for_identical_text_and_ignores_width_and_punctuation()
    {
        var model = new BigramSimilarity(["ＬＥＤ照明の更新", "公園の遊具"]);
        var scores = model.Scores("LED照明の更新。");
        Assert.Equal(1, scores[0], 9);
        Assert.Equal(0, scores[1], 9);
    }

    [Theory]
    [InlineData("2025", 2025)]
    [InlineData("2025年度", 2025)]
    [InlineData("令和7年度", 2025)]
    [InlineData("R7", 2025)]
    [InlineData("令和元年度", 2019)]
    [InlineData("２０２４", 2024)]
    public void Fiscal_years_are_read_in_the_ways_staff_write_them(string text, int year) =>
        Assert.Equal(year, KpiImporter.ParseYear(text));

    [Theory]
    [InlineData("")]
    [InlineData("来年")]
    [InlineData("1850")]
    public void Nonsense_years_are_rejected(string text) => Assert.Null(KpiImporter.ParseYear(text));

    [Fact]
    public void Kpi_chart_has_a_text_alternative()
    {
        var kpi = new KpiView(7, 1, "特定健診受診率", "%", 38.2, 2021, 60, 2027, true, "",
            [new(2022, 40, 8.3, "D"), new(2023, 45, 31.2, "D")], new KpiResult(2023, 45, 31.2, "D"));
        var svg = KpiChartSvg.Render(kpi, "kpi-7", "実績は 令和4年度 40%、令和5年度 45%");
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("aria-labelledby=\"kpi-7-title kpi-7-desc\"", svg);
        Assert.Contains("<title id=\"kpi-7-title\">特定健診受診率</title>", svg);
        Assert.Contains("<desc id=\"kpi-7-desc\">実績は 令和4年度 40%、令和5年度 45%</desc>", svg);
        Assert.Equal(2, svg.Split("fill=\"#1f5fa8\"").Length - 1);   // one dot per actual
        Assert.Contains("aria-label=\"進捗 50%\"", KpiChartSvg.ProgressBar(50, "進捗 50%"));
    }

    [Fact]
    public void Csv_round_trips_quotes_commas_and_the_bom()
    {
        var bytes = Csv.ToBytes([["指標ID", "名"], ["1", "a,\"b\""]]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var back = Csv.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("指標ID", back[0][0]);
        Assert.Equal("a,\"b\"", back[1][1]);
    }
}

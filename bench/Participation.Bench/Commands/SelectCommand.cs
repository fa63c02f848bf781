using Participation.Committees.Selection;

namespace Participation.Bench.Commands;

/// <summary>
/// <c>select --input FILE.json [--maximin-only] [--leximin-seconds S] [--time-limit S] [--legacy-draws N] [--warm-start-panels N] [--exact-seconds S] [--gap-tolerance G] [--relaxed-gap-tolerance G] [--relax-after S] [--no-stabilise]</c>:
/// the fair stratified lottery of the Committees module on a sortition instance. Last stdout line: the solution JSON.
/// </summary>
public sealed class SelectCommand : IBenchCommand
{
    public string Name => "select";
    public string Usage => "--input FILE.json [--maximin-only] [--leximin-seconds S] [--time-limit S] [--legacy-draws N] [--warm-start-panels N] [--exact-seconds S] [--gap-tolerance G] [--relaxed-gap-tolerance G] [--relax-after S] [--no-stabilise]";

    public Task<int> RunAsync(BenchArgs args)
    {
        var path = args.Required("input");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} not found.");
        var problem = SortitionJson.ReadProblem(File.ReadAllText(path));
        Console.Error.WriteLine($"select: {Path.GetFileName(path)}: {problem.Pool.Count} volunteers, {problem.PanelSize} seats, {problem.Quotas.Count} quotas, household rule {problem.OnePerHousehold}");

        if (args.Int("legacy-draws") is { } draws)
        {
            var legacy = LegacyGreedy.EstimateProbabilities(problem, draws, 7);
            Console.Error.WriteLine($"select: legacy greedy over {draws} draws: min probability {legacy.Min():F4}");
        }

        var maximinOnly = args.Has("maximin-only");
        var options = new FairLotteryOptions
        {
            MaximinSeconds = args.Double("time-limit") ?? 300,
            LeximinSeconds = maximinOnly ? 0 : args.Double("leximin-seconds") ?? 20,
            WarmStartPanels = args.Int("warm-start-panels") ?? 0,
            ExactSeconds = args.Double("exact-seconds") ?? 10,
            GapTolerance = args.Double("gap-tolerance") ?? 0.002,
            RelaxedGapTolerance = args.Double("relaxed-gap-tolerance") ?? 0.009,
            RelaxAfterSeconds = args.Double("relax-after") ?? 40,
            Stabilise = !args.Has("no-stabilise"),
            Progress = m => Console.Error.WriteLine($"select: {m}"),
        };
        try
        {
            var result = new FairLotterySolver().Solve(problem, options);
            Console.Error.WriteLine($"select: maximin {result.MinProbability:F6} (bound {result.UpperBound:F6}) in {result.MaximinSeconds:F2}s, {result.Panels.Count} panels" +
                (result.LeximinSeconds is { } s ? $"; leximin {(result.LeximinComplete ? "complete" : "partial")} in {s:F2}s" : ""));
            Console.WriteLine(SortitionJson.WriteSolution(result, maximinOnly ? "maximin" : "leximin", !maximinOnly));
            return Task.FromResult(0);
        }
        catch (SelectionInfeasibleException ex)
        {
            foreach (var line in ex.Report.Describe(japanese: false)) Console.Error.WriteLine($"select: {line}");
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { error = "infeasible", explanation = ex.Report.Describe(japanese: false) }));
            return Task.FromResult(1);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Committees.Selection;

namespace Participation.Bench.Commands;

/// <summary>
/// <c>verify --distribution FILE.json --seed SEED [--commitment HEX] [--input INSTANCE.json]</c>: recomputes a public draw
/// (algorithm in <see cref="PublicDraw"/>) from the published distribution and the revealed seed; checks the seed against
/// the published SHA-256 commitment; with --input also checks every panel, the sum of p and the marginals.
/// </summary>
public sealed class VerifyDrawCommand : IBenchCommand
{
    public string Name => "verify";
    public string Usage => "--distribution FILE.json --seed SEED [--commitment HEX] [--input INSTANCE.json]";

    public Task<int> RunAsync(BenchArgs args)
    {
        var path = args.Required("distribution");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} not found.");
        // The bench output file may hold progress lines before the JSON: take the last line that parses.
        var text = File.ReadAllLines(path).Where(l => l.TrimStart().StartsWith('{')).LastOrDefault() ?? File.ReadAllText(path);
        var panels = SortitionJson.ReadPanels(text);
        var seed = args.Required("seed");
        var commitment = args.Optional("commitment");
        var pool = panels.SelectMany(p => p.Members).Distinct().ToList();
        var problems = new List<string>();
        if (args.Optional("input") is { } input)
        {
            var problem = SortitionJson.ReadProblem(File.ReadAllText(input));
            pool = problem.Pool.Select(v => v.Id).ToList();
            problems.AddRange(CheckDistribution(problem, panels, JsonNode.Parse(text)?["probabilities"] as JsonObject));
        }
        var draw = PublicDraw.Draw(panels, pool, seed);
        var commitmentOk = commitment == null ? (bool?)null : PublicDraw.Matches(seed, commitment);
        if (commitmentOk == false) problems.Add("seed does not match the commitment");
        foreach (var p in problems) Console.Error.WriteLine($"verify: {p}");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            commitment = draw.Commitment,
            commitment_ok = commitmentOk,
            u = draw.U,
            panel_index = draw.PanelIndex,
            members = draw.Members,
            reserves = draw.Reserves.Take(20),
            valid = problems.Count == 0,
            problems,
        }));
        return Task.FromResult(problems.Count == 0 ? 0 : 1);
    }

    private static IEnumerable<string> CheckDistribution(SelectionProblem problem, List<(IEnumerable<string> Members, double P)> panels, JsonObject? probabilities)
    {
        var index = problem.Pool.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var marginals = new double[problem.Pool.Count];
        var sum = 0.0;
        var n = 0;
        foreach (var (members, p) in panels)
        {
            n++;
            if (p < -1e-12) yield return $"panel {n} has negative probability";
            sum += p;
            var ids = members.ToList();
            if (ids.Any(id => !index.ContainsKey(id))) { yield return $"panel {n} names someone outside the pool"; continue; }
            var idx = ids.Select(id => index[id]).ToList();
            if (!problem.IsValidPanel(idx)) yield return $"panel {n} breaks the size, a quota or the household rule";
            foreach (var i in idx) marginals[i] += p;
        }
        if (Math.Abs(sum - 1) > 1e-6) yield return $"panel probabilities sum to {sum}";
        if (probabilities == null) yield break;
        foreach (var (id, value) in probabilities)
            if (index.TryGetValue(id, out var i) && Math.Abs(value!.GetValue<double>() - marginals[i]) > 1e-6)
                yield return $"{id}: stated {value} but panels give {marginals[i]}";
    }
}

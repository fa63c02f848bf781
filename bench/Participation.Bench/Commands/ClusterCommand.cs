using System.Diagnostics;
using System.Text.Json;
using Participation.Clustering.Services;

namespace Participation.Bench.Commands;

/// <summary>
/// <c>cluster --input FILE.csv [--k N] [--seed S] [--dims D] [--no-mecab] [--consensus R]</c>: runs the Clustering module's
/// pipeline on <c>id,text[,label]</c> rows. Seconds cover featurisation + clustering (not CSV reading);
/// NMI/ARI are printed when labels exist (k defaults to the number of labels then). <c>--consensus R</c> sets the
/// consensus step's k-means runs (default 60; 0 = the older single k-means with restarts, for comparison).
/// </summary>
public sealed class ClusterCommand : IBenchCommand
{
    public string Name => "cluster";
    public string Usage => "--input FILE.csv [--k N] [--seed S] [--dims D] [--no-mecab] [--word-weight W] [--restarts R] [--consensus R] [--refine N] [--power-iter Q] [--max-features F]   topic clustering; NMI/ARI with labels";

    public Task<int> RunAsync(BenchArgs args)
    {
        var path = args.Required("input");
        if (!File.Exists(path)) throw new FileNotFoundException($"No such file: {path}");
        (string[] header, List<string[]> rows) table;
        using (var reader = new StreamReader(path)) table = CsvTable.Read(reader);
        var textCol = Array.IndexOf(table.header, "text");
        var labelCol = Array.IndexOf(table.header, "label");
        if (textCol < 0) throw new InvalidDataException("The CSV needs a 'text' column.");
        var texts = table.rows.Select(r => textCol < r.Length ? r[textCol] : "").ToList();
        var gold = labelCol >= 0 ? table.rows.Select(r => labelCol < r.Length ? r[labelCol] : "").ToList() : null;
        var k = args.Int("k") ?? gold?.Distinct().Count();

        var options = new ClusteringOptions
        {
            K = k,
            Seed = args.Int("seed") ?? 42,
            Dimensions = args.Int("dims") ?? new ClusteringOptions().Dimensions,
            Features = new FeatureOptions
            {
                UseMeCab = !args.Has("no-mecab"),
                WordWeight = args.Double("word-weight") ?? new FeatureOptions().WordWeight,
                MaxFeatures = args.Int("max-features") ?? new FeatureOptions().MaxFeatures,
            },
            Center = !args.Has("no-center"),
            SingularPower = args.Double("power") ?? new ClusteringOptions().SingularPower,
            Restarts = args.Int("restarts") ?? new ClusteringOptions().Restarts,
            PowerIterations = args.Int("power-iter") ?? new ClusteringOptions().PowerIterations,
            ConsensusRuns = args.Int("consensus") ?? new ClusteringOptions().ConsensusRuns,
            RefineIterations = args.Int("refine") ?? new ClusteringOptions().RefineIterations,
        };
        var clock = Stopwatch.StartNew();
        var outcome = new ClusteringPipeline().Run(texts, options, new SyncProgress(Console.Error));
        var seconds = clock.Elapsed.TotalSeconds;

        foreach (var c in outcome.Clusters)
            Console.Error.WriteLine($"  #{c.Index} {c.Size,6}  {c.Label}  [{string.Join(", ", c.Keywords)}]");
        double? nmi = null, ari = null;
        if (gold is not null)
        {
            var truth = ClusteringMetrics.Encode(gold);
            nmi = ClusteringMetrics.Nmi(truth, outcome.Assignments);
            ari = ClusteringMetrics.Ari(truth, outcome.Assignments);
        }
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        // Full precision; nmi and ari only when the file has labels.
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            rows = texts.Count,
            k = outcome.K,
            seconds,
            nmi,
            ari,
            peak_mb = peakMb,
        }, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
        return Task.FromResult(0);
    }

    // Progress<T> posts to the thread pool and can print after the result; this writes at once.
    private sealed class SyncProgress(TextWriter writer) : IProgress<string>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly double cpuStart = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        public void Report(string value) => writer.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F2}s wall {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpuStart,6:F2}s cpu] {value}");
    }
}

using System.Diagnostics;
using System.Text.Json;
using Participation.Bench.Redaction;
using Participation.Core.Privacy;
using Participation.Core.Text;

namespace Participation.Bench.Commands;

/// <summary>
/// <c>redact --input IN.csv --output OUT.csv [--method japanese|pattern] [--misses]</c>: redacts every row's text
/// with the site's redactor, times only the redaction, and scores it when the input has a <c>pii</c> column.
/// </summary>
public sealed class RedactCommand : IBenchCommand
{
    public string Name => "redact";
    public string Usage => "--input IN.csv --output OUT.csv [--method japanese|pattern] [--misses]   redact id,text; score a pii column";

    public Task<int> RunAsync(BenchArgs args)
    {
        if (args.Optional("show") is { } sample)
        {
            foreach (var span in new JapaneseRedactor().Detect(sample))
                Console.Error.WriteLine($"{span.Kind}\t「{sample.Substring(span.Start, span.Length)}」");
            return Task.FromResult(0);
        }
        var input = args.Required("input");
        var output = args.Required("output");
        if (!File.Exists(input)) throw new FileNotFoundException($"No such file: {input}");
        IRedactor redactor = (args.Optional("method") ?? "japanese") switch
        {
            "pattern" => new PatternRedactor(),
            "japanese" => new JapaneseRedactor(),
            var m => throw new ArgumentException($"Unknown --method '{m}' (japanese or pattern)."),
        };
        var table = CsvTable.Read(input);
        if (table.Count == 0) throw new InvalidDataException("The input has no header.");
        var header = table[0];
        int idCol = Array.IndexOf(header, "id"), textCol = Array.IndexOf(header, "text"), piiCol = Array.IndexOf(header, "pii");
        if (idCol < 0 || textCol < 0) throw new InvalidDataException("The input needs id and text columns.");
        var rows = table.Skip(1).Where(r => r.Length > textCol).ToList();
        Console.Error.WriteLine($"redact: {rows.Count} rows, method {args.Optional("method") ?? "japanese"}, MeCab {(MeCab.IsAvailable ? "on" : "off")}");

        redactor.Redact("ウォームアップ 田中と申します 03-1234-5678");
        var results = new string[rows.Count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rows.Count; i++) results[i] = redactor.Redact(rows[i][textCol]);
        var seconds = clock.Elapsed.TotalSeconds;

        CsvTable.Write(output, new[] { new[] { "id", "text" } }.Concat(rows.Select((r, i) => new[] { r[idCol], results[i] })));
        var unstable = rows.Select((r, i) => (Id: r[idCol], Twice: redactor.Redact(results[i]), Once: results[i])).Where(x => x.Twice != x.Once).ToList();
        if (unstable.Count > 0) Console.Error.WriteLine($"redact: {unstable.Count} rows change when redacted twice");
        if (args.Has("misses"))
            foreach (var u in unstable) Console.Error.WriteLine($"UNSTABLE {u.Id}\n  once:  {u.Once.Replace("\n", "⏎")}\n  twice: {u.Twice.Replace("\n", "⏎")}");

        object result = new { rows = rows.Count, seconds };
        if (piiCol >= 0)
        {
            var scorer = new PiiScorer();
            for (var i = 0; i < rows.Count; i++)
            {
                var items = PiiScorer.ParseItems(rows[i].Length > piiCol ? rows[i][piiCol] : "[]");
                scorer.Add(rows[i][textCol], results[i], items);
                if (args.Has("misses")) ReportMisses(rows[i][idCol], rows[i][textCol], results[i], items);
            }
            result = new { rows = rows.Count, seconds, recall = scorer.Recall, recall_by_type = scorer.RecallByType, preserved = scorer.Preserved };
        }
        Console.WriteLine(JsonSerializer.Serialize(result));
        return Task.FromResult(0);
    }

    private static void ReportMisses(string id, string text, string redacted, List<PiiScorer.Item> items)
    {
        var norm = redacted.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
        var digits = string.Concat(norm.Where(char.IsAsciiDigit));
        foreach (var item in items.Where(it => !PiiScorer.IsCaught(it, norm, digits)))
        {
            var at = text.IndexOf(item.Value, StringComparison.Ordinal);
            var context = at < 0 ? "" : text[Math.Max(0, at - 15)..Math.Min(text.Length, at + item.Value.Length + 10)].Replace("\n", "⏎");
            Console.Error.WriteLine($"MISS {id} {item.Type} 「{item.Value}」 in …{context}…");
        }
    }
}

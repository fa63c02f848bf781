namespace Participation.Clustering.Services;

/// <summary>
/// Sparse TF-IDF of character n-grams and words. Our own implementation rather than ML.NET's FeaturizeText,
/// because ML.NET cannot mix MeCab words with character n-grams in separately weighted blocks, and counting
/// packed 64-bit keys in parallel is several times faster than building a string per n-gram.
/// TF is sublinear (1 + ln tf), IDF smoothed (ln((1+n)/(1+df)) + 1); each block is L2-normalised, then the
/// blocks are mixed with weights √(1−w) and √w so the row has unit length.
/// </summary>
public sealed class FeatureExtractor(FeatureOptions options)
{
    private readonly JapaneseTokenizer tokenizer = new(options.UseMeCab);

    public bool UsesMeCab => tokenizer.UsesMeCab;

    /// <summary>Learns the vocabulary from <paramref name="normalized"/> texts and returns their TF-IDF rows.</summary>
    public (Vocabulary Vocabulary, SparseMatrix Matrix) FitTransform(IReadOnlyList<string> normalized, IProgress<string>? progress = null)
    {
        var n = normalized.Count;
        var docs = new (ulong[] Keys, int[] Counts)[n];
        var names = new System.Collections.Concurrent.ConcurrentBag<Dictionary<ulong, string>>();
        Parallel.For(0, n, Parallelism.Options, () => (Chars: new List<ulong>(), Words: new List<ulong>(), Names: new Dictionary<ulong, string>()),
            (i, _, local) =>
            {
                local.Chars.Clear();
                local.Words.Clear();
                tokenizer.Tokenize(normalized[i], local.Chars, local.Words, local.Names);
                local.Chars.AddRange(local.Words);
                docs[i] = CountKeys(local.Chars);
                return local;
            }, local => names.Add(local.Names));
        progress?.Report($"tokenised {n} texts");

        var df = new Dictionary<ulong, int>();
        foreach (var (keys, _) in docs)
            foreach (var k in keys)
                df[k] = df.GetValueOrDefault(k) + 1;

        var maxDf = n >= 20 ? Math.Max(options.MinDf, (int)(options.MaxDfRatio * n)) : n;
        var minDf = n >= 20 ? options.MinDf : 1;
        var chosen = df.Where(p => p.Value >= minDf && p.Value <= maxDf)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(options.MaxFeatures)
            .Select(p => p.Key).Order().ToArray();
        var columns = new Dictionary<ulong, int>(chosen.Length);
        var idf = new float[chosen.Length];
        for (var c = 0; c < chosen.Length; c++)
        {
            columns[chosen[c]] = c;
            idf[c] = (float)(Math.Log((1.0 + n) / (1.0 + df[chosen[c]])) + 1.0);
        }
        var words = new Dictionary<ulong, string>();
        foreach (var d in names)
            foreach (var (k, w) in d)
                if (columns.ContainsKey(k)) words.TryAdd(k, w);
        var vocabulary = new Vocabulary(columns, idf, chosen, words, options, tokenizer.UsesMeCab);
        progress?.Report($"vocabulary: {chosen.Length} features");
        return (vocabulary, Build(vocabulary, docs));
    }

    /// <summary>TF-IDF rows of new texts in an existing vocabulary (for incremental assignment).</summary>
    public SparseMatrix Transform(Vocabulary vocabulary, IReadOnlyList<string> normalized)
    {
        var docs = new (ulong[] Keys, int[] Counts)[normalized.Count];
        for (var i = 0; i < docs.Length; i++)
        {
            var chars = new List<ulong>();
            var words = new List<ulong>();
            tokenizer.Tokenize(normalized[i], chars, words, null);
            chars.AddRange(words);
            docs[i] = CountKeys(chars);
        }
        return Build(vocabulary, docs);
    }

    private static (ulong[] Keys, int[] Counts) CountKeys(List<ulong> keys)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);
        span.Sort();
        var unique = 0;
        for (var i = 0; i < span.Length; i++) if (i == 0 || span[i] != span[i - 1]) unique++;
        var outKeys = new ulong[unique];
        var counts = new int[unique];
        var u = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1]) outKeys[++u] = span[i];
            counts[u]++;
        }
        return (outKeys, counts);
    }

    private SparseMatrix Build(Vocabulary vocabulary, (ulong[] Keys, int[] Counts)[] docs)
    {
        var n = docs.Length;
        var rowIdx = new int[n][];
        var rowVal = new float[n][];
        var wordWeight = (float)Math.Sqrt(options.WordWeight);
        var charWeight = (float)Math.Sqrt(1 - options.WordWeight);
        Parallel.For(0, n, Parallelism.Options, i =>
        {
            var (keys, counts) = docs[i];
            var idx = new List<int>(keys.Length);
            var val = new List<float>(keys.Length);
            double charNorm = 0, wordNorm = 0;
            for (var k = 0; k < keys.Length; k++)
            {
                if (!vocabulary.Columns.TryGetValue(keys[k], out var c)) continue;
                var v = (float)(1 + Math.Log(counts[k])) * vocabulary.Idf[c];
                idx.Add(c);
                val.Add(v);
                if (FeatureKeys.Kind(keys[k]) == FeatureKeys.CharGram) charNorm += v * v; else wordNorm += v * v;
            }
            // A text without words (MeCab found none) keeps its characters at full weight, and vice versa.
            var cw = wordNorm > 0 ? charWeight : 1f;
            var ww = charNorm > 0 ? wordWeight : 1f;
            var cs = charNorm > 0 ? cw / (float)Math.Sqrt(charNorm) : 0f;
            var ws = wordNorm > 0 ? ww / (float)Math.Sqrt(wordNorm) : 0f;
            for (var k = 0; k < idx.Count; k++)
                val[k] *= FeatureKeys.Kind(vocabulary.Keys[idx[k]]) == FeatureKeys.CharGram ? cs : ws;
            rowIdx[i] = [.. idx];
            rowVal[i] = [.. val];
        });
        var start = new int[n + 1];
        for (var i = 0; i < n; i++) start[i + 1] = start[i] + rowIdx[i].Length;
        var indices = new int[start[n]];
        var values = new float[start[n]];
        for (var i = 0; i < n; i++)
        {
            rowIdx[i].CopyTo(indices, start[i]);
            rowVal[i].CopyTo(values, start[i]);
        }
        return new SparseMatrix(n, vocabulary.Count, start, indices, values);
    }
}

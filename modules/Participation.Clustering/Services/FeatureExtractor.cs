using System.Runtime.InteropServices;

namespace Participation.Clustering.Services;

/// <summary>
/// Sparse TF-IDF of character n-grams and words. Our own implementation rather than ML.NET's FeaturizeText,
/// because ML.NET cannot mix MeCab words with character n-grams in separately weighted blocks, and counting
/// packed 64-bit keys in parallel is several times faster than building a string per n-gram.
/// The vocabulary is learned on an evenly spaced sample of at most <see cref="FeatureOptions.VocabularySample"/>
/// texts (a term too rare to occur twice there is too rare to shape a topic), then every text is mapped onto it
/// and document frequencies are counted over all texts. So the expensive dictionary work does not grow with n:
/// MeCab reads only the sample, and the other texts' words are found in the lexicon of surfaces it produced
/// (<see cref="SurfaceLexicon"/>).
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
        var sample = SampleIndices(n, Math.Max(1, options.VocabularySample));
        var m = sample.Length;
        var sampleDocs = new (ulong[] Keys, int[] Counts)[m];
        var names = new System.Collections.Concurrent.ConcurrentBag<Dictionary<ulong, string>>();
        var learnLexicon = tokenizer.UsesMeCab && n > m;
        var lexicons = new System.Collections.Concurrent.ConcurrentBag<SurfaceLexicon.Builder>();
        Parallel.For(0, m, Parallelism.Options,
            () => (Keys: new List<ulong>(), Words: new List<ulong>(), Names: new Dictionary<ulong, string>(), Lexicon: learnLexicon ? new SurfaceLexicon.Builder() : null),
            (s, _, local) =>
            {
                sampleDocs[s] = KeysOf(normalized[sample[s]], local.Keys, local.Words, local.Names, local.Lexicon);
                return local;
            }, local =>
            {
                names.Add(local.Names);
                if (local.Lexicon is not null) lexicons.Add(local.Lexicon);
            });
        // MeCab read the sample; the other texts are matched against the words it found there (see SurfaceLexicon).
        var lexicon = learnLexicon ? SurfaceLexicon.Merge(lexicons) : null;

        var df = new Dictionary<ulong, int>(m * 64);
        foreach (var (keys, _) in sampleDocs)
            foreach (var k in keys)
                CollectionsMarshal.GetValueRefOrAddDefault(df, k, out _)++;
        var maxDf = m >= 20 ? Math.Max(options.MinDf, (int)(options.MaxDfRatio * m)) : m;
        var minDf = m >= 20 ? options.MinDf : 1;
        var chosen = df.Where(p => p.Value >= minDf && p.Value <= maxDf)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(options.MaxFeatures)
            .Select(p => p.Key).Order().ToArray();
        var columns = new Dictionary<ulong, int>(chosen.Length);
        for (var c = 0; c < chosen.Length; c++) columns[chosen[c]] = c;
        var table = new ColumnTable(columns);
        progress?.Report($"vocabulary: {chosen.Length} features from {m} texts");

        // Every text as (column, count) pairs; the sample is already tokenised.
        var docs = new (int[] Columns, int[] Counts)[n];
        Parallel.For(0, m, Parallelism.Options, s => docs[sample[s]] = ToColumns(sampleDocs[s], table));
        sampleDocs = null!;
        var inSample = new bool[n];
        foreach (var i in sample) inSample[i] = true;
        Parallel.For(0, n, Parallelism.Options, () => (Keys: new List<ulong>(), Words: new List<ulong>(), Cols: new List<int>(), Counts: new List<int>()),
            (i, _, local) =>
            {
                if (!inSample[i]) docs[i] = ColumnsOf(normalized[i], table, local.Keys, local.Words, local.Cols, local.Counts, lexicon);
                return local;
            }, _ => { });
        progress?.Report($"tokenised {n} texts");

        var fullDf = new int[chosen.Length];
        foreach (var (cols, _) in docs)
            foreach (var c in cols) fullDf[c]++;
        var idf = new float[chosen.Length];
        for (var c = 0; c < chosen.Length; c++) idf[c] = (float)(Math.Log((1.0 + n) / (1.0 + fullDf[c])) + 1.0);

        var words = new Dictionary<ulong, string>();
        foreach (var d in names.OrderBy(d => d.Count))
            foreach (var (k, w) in d)
                if (columns.ContainsKey(k)) words.TryAdd(k, w);
        var vocabulary = new Vocabulary(columns, idf, chosen, words, options, tokenizer.UsesMeCab, table);
        return (vocabulary, Build(vocabulary, docs));
    }

    /// <summary>TF-IDF rows of new texts in an existing vocabulary (for incremental assignment).</summary>
    public SparseMatrix Transform(Vocabulary vocabulary, IReadOnlyList<string> normalized)
    {
        var docs = new (int[] Columns, int[] Counts)[normalized.Count];
        var (keys, words, cols, counts) = (new List<ulong>(), new List<ulong>(), new List<int>(), new List<int>());
        for (var i = 0; i < docs.Length; i++) docs[i] = ColumnsOf(normalized[i], vocabulary.Table, keys, words, cols, counts);
        return Build(vocabulary, docs);
    }

    // Evenly spaced, so the sample needs no seed and covers the whole input (files are often sorted by date or ward).
    private static int[] SampleIndices(int n, int size)
    {
        if (n <= size) return Enumerable.Range(0, n).ToArray();
        var result = new int[size];
        for (var s = 0; s < size; s++) result[s] = (int)((long)s * n / size);
        return result;
    }

    private (ulong[] Keys, int[] Counts) KeysOf(string text, List<ulong> keys, List<ulong> words, IDictionary<ulong, string>? names, SurfaceLexicon.Builder? lexicon)
    {
        keys.Clear();
        words.Clear();
        tokenizer.Tokenize(text, keys, words, names, lexicon);
        keys.AddRange(words);
        return CountKeys(keys);
    }

    // Straight to (column, count) pairs through reused buffers: keys outside the vocabulary are never stored.
    private (int[] Columns, int[] Counts) ColumnsOf(string text, ColumnTable columns, List<ulong> keys, List<ulong> words, List<int> cols, List<int> counts, SurfaceLexicon? lexicon = null)
    {
        keys.Clear();
        words.Clear();
        cols.Clear();
        counts.Clear();
        if (lexicon is null) tokenizer.Tokenize(text, keys, words, null);
        else JapaneseTokenizer.Tokenize(text, keys, words, lexicon);
        keys.AddRange(words);
        var span = CollectionsMarshal.AsSpan(keys);
        span.Sort();
        for (var i = 0; i < span.Length;)
        {
            var j = i + 1;
            while (j < span.Length && span[j] == span[i]) j++;
            if (columns.TryGetColumn(span[i], out var c)) { cols.Add(c); counts.Add(j - i); }
            i = j;
        }
        return ([.. cols], [.. counts]);
    }

    private static (int[] Columns, int[] Counts) ToColumns((ulong[] Keys, int[] Counts) doc, ColumnTable columns)
    {
        var found = new int[doc.Keys.Length];
        var count = 0;
        for (var p = 0; p < doc.Keys.Length; p++)
        {
            columns.TryGetColumn(doc.Keys[p], out found[p]);
            if (found[p] >= 0) count++;
        }
        var cols = new int[count];
        var counts = new int[count];
        var j = 0;
        for (var p = 0; p < doc.Keys.Length; p++)
            if (found[p] >= 0) { cols[j] = found[p]; counts[j++] = doc.Counts[p]; }
        return (cols, counts);
    }

    private static (ulong[] Keys, int[] Counts) CountKeys(List<ulong> keys)
    {
        var span = CollectionsMarshal.AsSpan(keys);
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

    private SparseMatrix Build(Vocabulary vocabulary, (int[] Columns, int[] Counts)[] docs)
    {
        var n = docs.Length;
        var isChar = new bool[vocabulary.Count];
        for (var c = 0; c < isChar.Length; c++) isChar[c] = FeatureKeys.Kind(vocabulary.Keys[c]) == FeatureKeys.CharGram;
        var start = new int[n + 1];
        for (var i = 0; i < n; i++) start[i + 1] = start[i] + docs[i].Columns.Length;
        var indices = new int[start[n]];
        var values = new float[start[n]];
        var wordWeight = (float)Math.Sqrt(options.WordWeight);
        var charWeight = (float)Math.Sqrt(1 - options.WordWeight);
        Parallel.For(0, n, Parallelism.Options, i =>
        {
            var (cols, counts) = docs[i];
            var idx = indices.AsSpan(start[i], cols.Length);
            var val = values.AsSpan(start[i], cols.Length);
            double charNorm = 0, wordNorm = 0;
            for (var k = 0; k < cols.Length; k++)
            {
                var c = cols[k];
                var v = (float)(1 + Math.Log(counts[k])) * vocabulary.Idf[c];
                idx[k] = c;
                val[k] = v;
                if (isChar[c]) charNorm += v * v; else wordNorm += v * v;
            }
            // A text without words (MeCab found none) keeps its characters at full weight, and vice versa.
            var cw = wordNorm > 0 ? charWeight : 1f;
            var ww = charNorm > 0 ? wordWeight : 1f;
            var cs = charNorm > 0 ? cw / (float)Math.Sqrt(charNorm) : 0f;
            var ws = wordNorm > 0 ? ww / (float)Math.Sqrt(wordNorm) : 0f;
            for (var k = 0; k < cols.Length; k++) val[k] *= isChar[idx[k]] ? cs : ws;
        });
        return new SparseMatrix(n, vocabulary.Count, start, indices, values);
    }
}

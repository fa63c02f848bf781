namespace Participation.Clustering.Services;

/// <summary>
/// Names clusters with their most distinctive words, c-TF-IDF style (Grootendorst 2022): a word's share of the
/// cluster's texts times log(1 + average cluster size / texts containing it anywhere). Words come from the
/// vocabulary's word columns (MeCab content words, or script runs without MeCab), so labels are Japanese terms
/// that really occur in the cluster. A word inside an already chosen longer word is skipped (環境 after 環境基本計画).
/// </summary>
public static class ClusterLabeler
{
    public static (string Label, IReadOnlyList<string> Keywords)[] Label(SparseMatrix x, Vocabulary vocabulary, int[] labels, int k, int keywordCount = 8)
    {
        var inCluster = new Dictionary<int, int>[k];
        for (var c = 0; c < k; c++) inCluster[c] = new Dictionary<int, int>();
        var anywhere = new Dictionary<int, int>();
        var size = new int[k];
        var useWords = Enumerable.Range(0, vocabulary.Count).Any(vocabulary.IsWord);
        for (var i = 0; i < x.Rows; i++)
        {
            size[labels[i]]++;
            for (var p = x.RowStart[i]; p < x.RowStart[i + 1]; p++)
            {
                var col = x.Indices[p];
                if (useWords ? !vocabulary.IsWord(col) : FeatureKeys.GramText(vocabulary.Keys[col]).Length < 3) continue;
                inCluster[labels[i]][col] = inCluster[labels[i]].GetValueOrDefault(col) + 1;
                anywhere[col] = anywhere.GetValueOrDefault(col) + 1;
            }
        }
        var average = x.Rows / (double)Math.Max(1, k);
        var result = new (string, IReadOnlyList<string>)[k];
        for (var c = 0; c < k; c++)
        {
            var minCount = size[c] >= 4 ? 2 : 1;
            var ranked = inCluster[c].Where(p => p.Value >= minCount)
                .Select(p => (Term: vocabulary.TermOf(p.Key), Score: p.Value / (double)size[c] * Math.Log(1 + average / anywhere[p.Key])))
                .Where(t => t.Term.Length > 0)
                .OrderByDescending(t => t.Score).ThenBy(t => t.Term, StringComparer.Ordinal)
                .Select(t => t.Term);
            var keywords = new List<string>();
            foreach (var term in ranked)
            {
                if (keywords.Any(w => w.Contains(term, StringComparison.Ordinal) || term.Contains(w, StringComparison.Ordinal))) continue;
                keywords.Add(term);
                if (keywords.Count == keywordCount) break;
            }
            result[c] = (keywords.Count == 0 ? "" : string.Join("・", keywords.Take(3)), keywords);
        }
        return result;
    }

    /// <summary>Up to <paramref name="count"/> rows of each cluster nearest its centre (highest cosine), best first.</summary>
    public static int[][] Representatives(float[] embeddings, int dim, KMeansResult result, int count = 5)
    {
        var n = embeddings.Length / dim;
        return Enumerable.Range(0, result.K).Select(c => Enumerable.Range(0, n)
            .Where(i => result.Labels[i] == c)
            .OrderByDescending(i => Dense.Dot(embeddings.AsSpan(i * dim, dim), result.Centroids.AsSpan(c * dim, dim)))
            .ThenBy(i => i)
            .Take(count).ToArray()).ToArray();
    }
}

namespace Participation.Clustering.Services;

/// <summary>One merge of the dendrogram: clusters named by a member index, and the average distance between them.</summary>
public readonly record struct Merge(int A, int B, float Height);

/// <summary>
/// Average-linkage (UPGMA) agglomerative clustering of a full n × n distance matrix, by the nearest-neighbour-chain
/// algorithm (Murtagh 1983): follow nearest neighbours until two clusters are each other's nearest, merge them, and
/// update their row by the Lance–Williams formula d(a∪b, x) = (|a|·d(a, x) + |b|·d(b, x)) / (|a| + |b|).
/// Average linkage is reducible, so this yields the same hierarchy as merging the global closest pair each time,
/// in O(n²) time and no memory beyond the matrix. Ties go to the smaller index, so the result is deterministic.
/// </summary>
public static class AverageLinkage
{
    /// <summary>The n − 1 merges in the order the chain found them. Overwrites <paramref name="distance"/> (row-major, symmetric).</summary>
    public static List<Merge> Merges(float[] distance, int n)
    {
        if (distance.LongLength != (long)n * n) throw new ArgumentException("The matrix must be n × n.", nameof(distance));
        var alive = new bool[n];
        Array.Fill(alive, true);
        var size = new int[n];
        Array.Fill(size, 1);
        var merges = new List<Merge>(Math.Max(0, n - 1));
        var chain = new List<int>();
        var next = 0; // smallest index that may still be alive, to start a new chain
        while (merges.Count < n - 1)
        {
            if (chain.Count == 0)
            {
                while (!alive[next]) next++;
                chain.Add(next);
            }
            var a = chain[^1];
            var previous = chain.Count >= 2 ? chain[^2] : -1;
            // Keep the predecessor on a tie, so the chain cannot cycle.
            var b = previous;
            var best = previous >= 0 ? distance[(long)a * n + previous] : float.PositiveInfinity;
            for (var x = 0; x < n; x++)
            {
                if (x == a || !alive[x]) continue;
                var d = distance[(long)a * n + x];
                if (d < best || (d == best && b != previous && x < b)) { best = d; b = x; }
            }
            if (b != previous)
            {
                chain.Add(b);
                continue;
            }
            chain.RemoveRange(chain.Count - 2, 2);
            // The merged cluster lives on in the smaller index.
            var (keep, drop) = a < b ? (a, b) : (b, a);
            merges.Add(new Merge(keep, drop, best));
            var wk = (float)size[keep] / (size[keep] + size[drop]);
            var wd = 1 - wk;
            for (var x = 0; x < n; x++)
            {
                if (!alive[x] || x == keep || x == drop) continue;
                var d = wk * distance[(long)keep * n + x] + wd * distance[(long)drop * n + x];
                distance[(long)keep * n + x] = d;
                distance[(long)x * n + keep] = d;
            }
            alive[drop] = false;
            size[keep] += size[drop];
        }
        return merges;
    }

    /// <summary>
    /// The flat clustering with <paramref name="k"/> clusters: the n − k lowest merges applied. Labels run 0..k−1 in
    /// order of each cluster's first member. Overwrites <paramref name="distance"/>.
    /// </summary>
    public static int[] Cut(float[] distance, int n, int k)
    {
        k = Math.Clamp(k, 1, Math.Max(1, n));
        var merges = Merges(distance, n);
        // Stable order by height: a merge found later never precedes, at equal height, one it builds on.
        var order = Enumerable.Range(0, merges.Count).OrderBy(i => merges[i].Height).ThenBy(i => i).ToArray();
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        for (var i = 0; i < n - k; i++)
        {
            var m = merges[order[i]];
            var (ra, rb) = (Find(m.A), Find(m.B));
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
        var labels = new int[n];
        var number = new Dictionary<int, int>();
        for (var x = 0; x < n; x++)
        {
            var root = Find(x);
            if (!number.TryGetValue(root, out var label)) number[root] = label = number.Count;
            labels[x] = label;
        }
        return labels;
    }
}

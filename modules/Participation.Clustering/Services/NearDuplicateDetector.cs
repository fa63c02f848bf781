namespace Participation.Clustering.Services;

/// <summary>
/// Finds identical and near-identical texts (campaign postcards, copy-pasted letters) with MinHash over
/// character 4-gram shingles and LSH banding (8 bands × 4 rows: pairs above ~0.6 Jaccard meet in a bucket),
/// then keeps a pair when the signatures agree on at least <c>threshold</c> of their 32 values (an estimate
/// of the Jaccard similarity). Identical normalised texts are always grouped.
/// </summary>
public sealed class NearDuplicateDetector(double threshold = 0.8)
{
    private const int Hashes = 32;
    private const int Bands = 8;
    private const int Rows = Hashes / Bands;
    private const int Shingle = 4;
    private static readonly ulong[] Seeds = Enumerable.Range(1, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary>For each text, the index of its group's first text (itself when it has no duplicate).</summary>
    public int[] Group(IReadOnlyList<string> normalized)
    {
        var n = normalized.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var key = normalized[i].Replace(" ", "");
            if (exact.TryGetValue(key, out var first)) Union(first, i); else exact[key] = i;
        }

        var signatures = new ulong[]?[n];
        Parallel.For(0, n, Parallelism.Options, i => signatures[i] = Signature(normalized[i]));
        for (var band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<ulong, int>();
            for (var i = 0; i < n; i++)
            {
                if (signatures[i] is not { } sig) continue;
                ulong h = 1469598103934665603UL;
                for (var r = 0; r < Rows; r++) h = Mix(h ^ sig[band * Rows + r]);
                if (!buckets.TryGetValue(h, out var first)) { buckets[h] = i; continue; }
                if (Agreement(signatures[first]!, sig) >= threshold) Union(first, i);
            }
        }
        var roots = new int[n];
        for (var i = 0; i < n; i++) roots[i] = Find(i);
        return roots;
    }

    /// <summary>Estimated Jaccard similarity of two texts' shingle sets.</summary>
    public static double Similarity(string a, string b) =>
        Signature(a) is { } sa && Signature(b) is { } sb ? Agreement(sa, sb) : (a == b ? 1 : 0);

    private static ulong[]? Signature(string s)
    {
        var compact = s.Replace(" ", "");
        if (compact.Length < Shingle + 2) return null;
        var sig = new ulong[Hashes];
        Array.Fill(sig, ulong.MaxValue);
        for (var i = 0; i + Shingle <= compact.Length; i++)
        {
            ulong x = 0;
            for (var j = 0; j < Shingle; j++) x = (x << 16) | compact[i + j];
            // One strong hash per shingle, then 32 cheap bijections of it (xor a seed, multiply by an odd constant).
            var m = Mix(x);
            for (var h = 0; h < Hashes; h++)
            {
                var v = (m ^ Seeds[h]) * 0xD6E8FEB86659FD93UL;
                if (v < sig[h]) sig[h] = v;
            }
        }
        return sig;
    }

    private static double Agreement(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++) if (a[i] == b[i]) same++;
        return same / (double)Hashes;
    }

    // SplitMix64 finaliser: a cheap, well-mixed 64-bit hash.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

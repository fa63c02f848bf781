using System.Runtime.InteropServices;
using System.Text;

namespace Participation.Clustering.Services;

/// <summary>
/// The morphemes MeCab found in the vocabulary sample, as a lexicon of surfaces: each surface maps to the content
/// word it was read as most often (base form, e.g. 報じ → 報じる), or to nothing for particles, auxiliaries and
/// symbols. Texts outside the sample are segmented against it by leftmost-longest match (maximum matching) instead
/// of a second full MeCab pass: a word the sample never saw could not become a feature anyway, because the
/// vocabulary is chosen from the sample. Non-content surfaces stay in the lexicon so that they block false matches
/// (彼女 is a pronoun, so 女 is not read out of it). A run of letters the lexicon does not know breaks a word pair,
/// as MeCab's unknown word would.
/// </summary>
public sealed class SurfaceLexicon
{
    /// <summary>Surfaces longer than this are not learned (MeCab rarely yields them; matching stays bounded).</summary>
    public const int MaxSurface = 24;

    private readonly Dictionary<ulong, int> next;
    private readonly int[] entryOf;
    private readonly (string Word, ulong Key)?[] entries;

    private SurfaceLexicon(Dictionary<ulong, int> next, int[] entryOf, (string Word, ulong Key)?[] entries)
    {
        this.next = next;
        this.entryOf = entryOf;
        this.entries = entries;
    }

    public int Count => entries.Length;

    /// <summary>Counts readings per surface on one thread; <see cref="Merge"/> combines the builders.</summary>
    public sealed class Builder
    {
        internal readonly Dictionary<string, Dictionary<string, int>> Readings = new(StringComparer.Ordinal);

        /// <summary>Records that <paramref name="surface"/> (UTF-8) was read as <paramref name="word"/> (null: not a content word).</summary>
        public void Add(ReadOnlySpan<byte> surface, string? word)
        {
            if (surface.IsEmpty || surface.Length > MaxSurface * 3) return;
            Span<char> chars = stackalloc char[MaxSurface * 3];
            var length = Encoding.UTF8.GetChars(surface, chars);
            if (length > MaxSurface) return;
            var lookup = Readings.GetAlternateLookup<ReadOnlySpan<char>>();
            ref var readings = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, chars[..length], out _);
            readings ??= new Dictionary<string, int>(1, StringComparer.Ordinal);
            CollectionsMarshal.GetValueRefOrAddDefault(readings, word ?? "", out _)++;
        }
    }

    /// <summary>
    /// One lexicon from any number of builders: per surface the most frequent reading wins, ties to the ordinally
    /// smallest (no word first), so the result does not depend on how texts were spread over threads.
    /// </summary>
    public static SurfaceLexicon Merge(IEnumerable<Builder> builders)
    {
        var totals = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var b in builders)
            foreach (var (surface, readings) in b.Readings)
            {
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, surface, out _);
                sum ??= new Dictionary<string, int>(readings.Count, StringComparer.Ordinal);
                foreach (var (word, count) in readings) CollectionsMarshal.GetValueRefOrAddDefault(sum, word, out _) += count;
            }

        var next = new Dictionary<ulong, int>();
        var entryOf = new List<int> { -1 };
        var entries = new List<(string, ulong)?>();
        foreach (var surface in totals.Keys.Order(StringComparer.Ordinal))
        {
            var node = 0;
            foreach (var c in surface)
            {
                ref var child = ref CollectionsMarshal.GetValueRefOrAddDefault(next, Edge(node, c), out var exists);
                if (!exists) { child = entryOf.Count; entryOf.Add(-1); }
                node = child;
            }
            var best = totals[surface].OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).First().Key;
            entryOf[node] = entries.Count;
            entries.Add(best.Length == 0 ? null : (best, FeatureKeys.OfWord(best)));
        }
        return new SurfaceLexicon(next, [.. entryOf], [.. entries]);
    }

    /// <summary>
    /// Adds the content words of <paramref name="text"/> (leftmost-longest match) and adjacent pairs to
    /// <paramref name="keys"/>, as <see cref="JapaneseTokenizer"/> does with MeCab's words.
    /// </summary>
    public void AddWords(string text, List<ulong> keys) => Scan(text, keys, null);

    /// <summary>The content words found in <paramref name="text"/>, in order (for tests and labels).</summary>
    public List<string> Words(string text)
    {
        var words = new List<string>();
        Scan(text, null, words);
        return words;
    }

    // One segmentation for both callers: word and pair keys into keys, word strings into words (either may be null).
    private void Scan(string text, List<ulong>? keys, List<string>? words)
    {
        string? previous = null;
        for (var i = 0; i < text.Length;)
        {
            var (entry, length) = LongestAt(text, i);
            if (entry < 0)
            {
                if (CharClass.IsWordChar(text[i])) previous = null; // an unknown word sits here
                i++;
                continue;
            }
            i += length;
            if (entries[entry] is not { } found) continue;
            var (word, key) = found;
            words?.Add(word);
            if (keys is null) continue;
            keys.Add(key);
            if (previous is not null) keys.Add(FeatureKeys.OfPair(previous, word));
            previous = word;
        }
    }

    private (int Entry, int Length) LongestAt(string text, int start)
    {
        int node = 0, best = -1, bestLength = 0;
        for (var j = start; j < text.Length && j - start < MaxSurface; j++)
        {
            if (!next.TryGetValue(Edge(node, text[j]), out node)) break;
            if (entryOf[node] >= 0) { best = entryOf[node]; bestLength = j - start + 1; }
        }
        return (best, bestLength);
    }

    private static ulong Edge(int node, char c) => ((ulong)(uint)node << 16) | c;
}

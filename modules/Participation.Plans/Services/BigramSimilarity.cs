using System.Globalization;
using System.Text;

namespace Participation.Plans.Services;

/// <summary>
/// Character-bigram TF-IDF vectors and cosine similarity. Bigrams need no dictionary and work
/// for Japanese, where words are not separated by spaces.
/// </summary>
public sealed class BigramSimilarity
{
    private readonly List<Dictionary<string, double>> vectors = [];
    private readonly Dictionary<string, double> idf = [];

    /// <summary>Builds the IDF from the documents (the measure descriptions) and keeps their vectors.</summary>
    public BigramSimilarity(IReadOnlyList<string> documents)
    {
        var grams = documents.Select(Bigrams).ToList();
        var df = new Dictionary<string, int>();
        foreach (var g in grams)
            foreach (var term in g.Keys) df[term] = df.GetValueOrDefault(term) + 1;
        var n = documents.Count;
        // Smoothed IDF: a bigram in every document still counts a little.
        foreach (var (term, count) in df) idf[term] = Math.Log((1.0 + n) / (1.0 + count)) + 1;
        vectors = grams.Select(Weigh).ToList();
    }

    /// <summary>Cosine between the query and each document, in document order.</summary>
    public double[] Scores(string query)
    {
        var q = Weigh(Bigrams(query));
        return vectors.Select(v => Cosine(q, v)).ToArray();
    }

    private Dictionary<string, double> Weigh(Dictionary<string, int> tf)
    {
        var v = new Dictionary<string, double>();
        foreach (var (term, count) in tf)
            if (idf.TryGetValue(term, out var w)) v[term] = count * w;
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        if (norm > 0) foreach (var key in v.Keys.ToList()) v[key] /= norm;
        return v;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double sum = 0;
        foreach (var (term, w) in small) if (large.TryGetValue(term, out var x)) sum += w * x;
        return sum;
    }

    /// <summary>Bigrams of letters and digits only, after NFKC (so full- and half-width match).</summary>
    public static Dictionary<string, int> Bigrams(string text)
    {
        var clean = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            var cat = char.GetUnicodeCategory(ch);
            var keep = char.IsLetterOrDigit(ch) || cat == UnicodeCategory.OtherLetter;
            clean.Append(keep ? ch : ' ');
        }
        var result = new Dictionary<string, int>();
        foreach (var run in clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            for (var i = 0; i + 1 < run.Length; i++)
            {
                var gram = run.Substring(i, 2);
                result[gram] = result.GetValueOrDefault(gram) + 1;
            }
        return result;
    }
}

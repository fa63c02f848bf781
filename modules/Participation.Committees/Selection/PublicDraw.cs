using System.Security.Cryptography;
using System.Text;

namespace Participation.Committees.Selection;

/// <summary>
/// The public draw (commit–reveal). Anyone can recompute it from the published distribution and the revealed seed:
/// <list type="number">
/// <item>Before the draw the secretariat publishes the distribution and <c>commitment = hex(SHA-256(UTF-8(seed)))</c>.</item>
/// <item>Panels are put in canonical order: each panel's member ids sorted ordinally and joined with ",";
///       panels sorted ordinally by that string.</item>
/// <item><c>U = (first 8 bytes of SHA-256(UTF-8("panel:" + seed)) as a big-endian unsigned integer) / 2^64</c>, so 0 ≤ U &lt; 1.</item>
/// <item>The drawn panel is the first one (canonical order) whose cumulative probability exceeds U
///       (the last panel if rounding leaves U above the total).</item>
/// <item>Reserve list (補欠): everyone not drawn, ordered by <c>hex(SHA-256(UTF-8("reserve:" + seed + ":" + id)))</c> ascending.</item>
/// </list>
/// </summary>
public static class PublicDraw
{
    public static string Commitment(string seed) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    public static bool Matches(string seed, string commitment) =>
        string.Equals(Commitment(seed), commitment.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A fresh seed with 256 bits of entropy.</summary>
    public static string NewSeed() => Hex(RandomNumberGenerator.GetBytes(32));

    public static double Uniform(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("panel:" + seed));
        ulong value = 0;
        for (var b = 0; b < 8; b++) value = (value << 8) | hash[b];
        return value / 18446744073709551616.0;
    }

    /// <summary>Panels (member ids) with probabilities, in canonical order.</summary>
    public static List<(string[] Members, double P)> Canonical(IEnumerable<(IEnumerable<string> Members, double P)> panels) =>
        panels.Select(p => (Members: p.Members.OrderBy(id => id, StringComparer.Ordinal).ToArray(), p.P))
              .OrderBy(p => string.Join(',', p.Members), StringComparer.Ordinal)
              .ToList();

    public static DrawResult Draw(IEnumerable<(IEnumerable<string> Members, double P)> panels, IEnumerable<string> pool, string seed)
    {
        var ordered = Canonical(panels);
        if (ordered.Count == 0) throw new ArgumentException("The distribution has no panels.");
        var u = Uniform(seed);
        var cumulative = 0.0;
        var index = ordered.Count - 1;
        for (var j = 0; j < ordered.Count; j++)
        {
            cumulative += ordered[j].P;
            if (cumulative > u) { index = j; break; }
        }
        var chosen = ordered[index].Members;
        var chosenSet = chosen.ToHashSet(StringComparer.Ordinal);
        var reserves = pool.Where(id => !chosenSet.Contains(id))
            .OrderBy(id => Hex(SHA256.HashData(Encoding.UTF8.GetBytes($"reserve:{seed}:{id}"))), StringComparer.Ordinal)
            .ToArray();
        return new DrawResult(Commitment(seed), u, index, chosen, reserves);
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}

/// <summary>What the draw produced: which canonical panel, its members and the ordered reserve list.</summary>
public sealed record DrawResult(string Commitment, double U, int PanelIndex, string[] Members, string[] Reserves);

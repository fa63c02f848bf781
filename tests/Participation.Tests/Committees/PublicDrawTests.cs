using System.Security.Cryptography;
using System.Text;
using Participation.Committees.Selection;

namespace Participation.Tests.Committees;

public class PublicDrawTests
{
    private static readonly List<(IEnumerable<string> Members, double P)> Panels =
    [
        (new[] { "p3", "p1" }, 0.25), (new[] { "p2", "p4" }, 0.5), (new[] { "p1", "p2" }, 0.25),
    ];

    private static readonly string[] Pool = ["p1", "p2", "p3", "p4", "p5"];

    [Fact]
    public void Commitment_is_the_sha256_of_the_seed()
    {
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("seed-2026"))).ToLowerInvariant();
        Assert.Equal(expected, PublicDraw.Commitment("seed-2026"));
        Assert.True(PublicDraw.Matches("seed-2026", expected.ToUpperInvariant()));
        Assert.False(PublicDraw.Matches("seed-2027", expected));
    }

    [Fact]
    public void The_revealed_seed_reproduces_the_draw_independently_of_panel_order()
    {
        var a = PublicDraw.Draw(Panels, Pool, "abc");
        var b = PublicDraw.Draw(Enumerable.Reverse(Panels).ToList(), Pool.Reverse(), "abc");
        Assert.Equal(a.Members, b.Members);
        Assert.Equal(a.Reserves, b.Reserves);
        Assert.Equal(a.U, b.U);
    }

    [Fact]
    public void The_draw_follows_the_documented_cumulative_rule()
    {
        // Canonical order: "p1,p2" (0.25), "p1,p3" (0.25), "p2,p4" (0.5).
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("panel:xyz"));
        var u = BitConverter.ToUInt64(hash.Take(8).Reverse().ToArray()) / Math.Pow(2, 64);
        var expected = u < 0.25 ? new[] { "p1", "p2" } : u < 0.5 ? new[] { "p1", "p3" } : new[] { "p2", "p4" };
        var draw = PublicDraw.Draw(Panels, Pool, "xyz");
        Assert.Equal(u, draw.U, 12);
        Assert.Equal(expected, draw.Members);
        Assert.Equal(Pool.Length - 2, draw.Reserves.Length);
        Assert.DoesNotContain(draw.Reserves, id => expected.Contains(id));
    }

    [Fact]
    public void Draw_frequencies_follow_the_distribution()
    {
        var counts = new Dictionary<string, int>();
        for (var s = 0; s < 4000; s++)
        {
            var key = string.Join(',', PublicDraw.Draw(Panels, Pool, $"seed{s}").Members);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        Assert.InRange(counts["p2,p4"] / 4000.0, 0.45, 0.55);
        Assert.InRange(counts["p1,p2"] / 4000.0, 0.2, 0.3);
    }
}

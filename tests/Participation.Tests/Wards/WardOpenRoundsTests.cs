using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Wards;

/// <summary>A ward's page lists the rounds open for comment that concern it, through the Core directory.</summary>
public sealed class WardOpenRoundsTests(WardsSiteFactory factory) : IClassFixture<WardsSiteFactory>
{
    [Fact]
    public async Task Ward_page_links_the_open_city_wide_round_and_not_closed_ones()
    {
        var now = DateTime.UtcNow;
        var rounds = await factory.WithDbAsync(db => db.Set<ConsultationRound>().AsNoTracking().ToListAsync());
        var open = rounds.Single(r => r.WardId is null && r.OpensAt <= now && r.ClosesAt > now);
        var closed = rounds.Where(r => r.ClosesAt <= now).ToList();
        Assert.NotEmpty(closed);

        var id = await factory.WardIdAsync("南区");
        var html = await factory.CreateBrowserClient().GetStringAsync($"/wards/{id}");
        Assert.Contains("意見募集中の案", html);
        Assert.Contains($"href=\"/rounds/{open.Id}\"", html);
        Assert.Contains(open.Title, html);
        Assert.All(closed, r => Assert.DoesNotContain($"href=\"/rounds/{r.Id}\"", html));
    }
}

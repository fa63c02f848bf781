using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;
using Xunit;

namespace Participation.Tests.ScaleOut;

/// <summary>List pages run a fixed number of queries however many items they list (no N+1).</summary>
public sealed class ListPageQueryTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private async Task<int> QueriesFor(string url)
    {
        factory.Server.PreserveExecutionContext = true;
        var client = factory.CreateClient();
        await client.GetAsync(url); // warm: first-request work (caches, compiled views) is not the page's own
        return await QueryCounter.CountAsync(async () =>
        {
            var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
        });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/rounds")]
    [InlineData("/committees")]
    [InlineData("/wards")]
    [InlineData("/plans")]
    public async Task A_list_page_runs_a_bounded_number_of_queries(string url)
    {
        // The home page may answer from cached figures (0 queries); a list must never query per item.
        var queries = await QueriesFor(url);
        Assert.InRange(queries, 0, 15);
    }

    [Fact]
    public async Task The_rounds_list_runs_the_same_queries_with_ten_more_rounds()
    {
        var before = await QueriesFor("/rounds");
        await factory.WithDbAsync(async db =>
        {
            var template = await db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Status == RoundStatus.Open);
            for (var i = 0; i < 10; i++)
            {
                db.Add(new ConsultationRound
                {
                    Title = $"追加の意見募集 {i + 1}", WardId = i % 2 == 0 ? template.WardId : null, Department = template.Department,
                    DraftId = template.DraftId, PurposeNotice = template.PurposeNotice, OpensAt = template.OpensAt,
                    ClosesAt = template.ClosesAt, Status = RoundStatus.Open, CreatedAt = template.CreatedAt,
                });
            }
            return await db.SaveChangesAsync();
        });
        var after = await QueriesFor("/rounds");
        Assert.Equal(before, after);
    }
}

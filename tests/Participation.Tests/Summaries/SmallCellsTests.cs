using Participation.Core.Statistics;

namespace Participation.Tests.Summaries;

/// <summary>Person breakdowns never show a group under the threshold, nor one that differences of shown figures reveal.</summary>
public sealed class SmallCellsTests
{
    private static StatisticRow Age(string band, double n) => new("M", "k", "L", n, "age", band);

    [Fact]
    public void A_small_cell_merges_with_the_next_smallest_until_the_merged_row_is_not_small()
    {
        var rows = SmallCells.Suppress([new StatisticRow("M", "k", "L", 33), Age("18-29", 3), Age("30-39", 10), Age("40-49", 20)]);
        Assert.Contains(rows, r => r.Dimension is null && r.Value == 33);
        var ages = rows.Where(r => r.Dimension == "age").ToList();
        Assert.Equal(2, ages.Count);
        Assert.Contains(ages, r => r.DimensionValue == "40-49" && r.Value == 20);
        Assert.Contains(ages, r => r.DimensionValue == SmallCells.MergedValue && r.Value == 13);
        Assert.All(ages, r => Assert.True(r.Value >= SmallCells.Threshold));
    }

    [Fact]
    public void Several_small_cells_that_together_reach_the_threshold_form_one_row()
    {
        var ages = SmallCells.Suppress([Age("18-29", 2), Age("70-", 4), Age("30-39", 9)]);
        Assert.Equal([(SmallCells.MergedValue, 6.0), ("30-39", 9.0)],
            ages.Select(r => (r.DimensionValue!, r.Value)).OrderBy(x => x.Item2));
    }

    [Fact]
    public void A_breakdown_under_the_threshold_altogether_is_dropped_and_other_dimensions_pass()
    {
        var rows = SmallCells.Suppress([Age("18-29", 1), Age("30-39", 2), new StatisticRow("M", "k", "L", 2, "channel", "fax")]);
        var single = Assert.Single(rows);
        Assert.Equal("channel", single.Dimension);
        Assert.Equal(2, single.Value);
    }

    [Fact]
    public void Cells_at_or_over_the_threshold_are_left_alone()
    {
        var input = new[] { Age("18-29", 5), Age("30-39", 7) };
        Assert.Equal(input, SmallCells.Suppress(input));
    }
}

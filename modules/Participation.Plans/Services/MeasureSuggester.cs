using Participation.Core.Plans;

namespace Participation.Plans.Services;

/// <summary>
/// Suggests which measures a text (a cluster's label and summary, a thread title) concerns, by
/// bigram TF-IDF cosine against each measure's title and description. Staff confirm the link.
/// </summary>
public sealed class MeasureSuggester(IMeasureCatalog catalog)
{
    public const double MinimumScore = 0.08;

    public async Task<IReadOnlyList<MeasureSuggestion>> SuggestAsync(string text, int take, CancellationToken ct)
    {
        var measures = await catalog.ListAsync(ct);
        return Rank(text, measures, take);
    }

    public static IReadOnlyList<MeasureSuggestion> Rank(string text, IReadOnlyList<MeasureInfo> measures, int take)
    {
        if (string.IsNullOrWhiteSpace(text) || measures.Count == 0) return [];
        var model = new BigramSimilarity(measures.Select(m => m.Title + "\n" + m.Description).ToList());
        var scores = model.Scores(text);
        return measures.Select((m, i) => new MeasureSuggestion(m, scores[i]))
            .Where(s => s.Score >= MinimumScore)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Measure.Id)
            .Take(take).ToList();
    }
}

public sealed record MeasureSuggestion(MeasureInfo Measure, double Score);

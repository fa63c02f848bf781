using Participation.Core.Cities;
using Participation.Wards.Services;

namespace Participation.Wards.ViewModels;

/// <summary>The review page: the item, the masks now chosen (detections by default), and the text they give.</summary>
public sealed record RedactionReviewViewModel(Ward Ward, ReviewItem Item, IReadOnlyList<ChosenMask> Candidates, IReadOnlySet<string> Chosen, string? AddText = null)
{
    public string Preview(ReviewField field) => RedactionReview.Masked(field, Candidates.Where(c => Chosen.Contains(c.Key)));

    public IEnumerable<ChosenMask> CandidatesOf(ReviewField field) => Candidates.Where(c => c.Field == field.Name).OrderBy(c => c.Start);

    /// <summary>The original cut into plain pieces and proposed masks (Kind set), for highlighting.</summary>
    public IEnumerable<(string Text, Participation.Core.Privacy.PiiKind? Kind)> Segments(ReviewField field)
    {
        var position = 0;
        foreach (var c in CandidatesOf(field))
        {
            if (c.Start < position || c.Start + c.Length > field.Original.Length) continue;
            if (c.Start > position) yield return (field.Original[position..c.Start], null);
            yield return (field.Original.Substring(c.Start, c.Length), c.Kind);
            position = c.Start + c.Length;
        }
        if (position < field.Original.Length) yield return (field.Original[position..], null);
    }
}

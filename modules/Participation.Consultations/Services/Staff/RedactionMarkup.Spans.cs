using System.Text.RegularExpressions;

namespace Participation.Consultations.Services.Staff;

public static partial class RedactionMarkup
{
    /// <summary>Every mask token in a published text, in order.</summary>
    public static IReadOnlyList<Match> MaskMatches(string text) => Mask().Matches(text);
}

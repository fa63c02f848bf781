using GraphQL.Types;
using Participation.Consultations.Models;

namespace Participation.Consultations.GraphQL;

/// <summary><c>enum RoundStatus { ANNOUNCED OPEN CLOSED RESULTS_PUBLISHED }</c>; rounds in preparation are never public.</summary>
public sealed class RoundStatusType : EnumerationGraphType
{
    public RoundStatusType()
    {
        Name = "RoundStatus";
        Description = "Where a public-comment round is: 予告, 募集中, 締切, 結果公表.";
        Add("ANNOUNCED", RoundStatus.Announced, "Announced (予告): not open yet.");
        Add("OPEN", RoundStatus.Open, "Open for comment (募集中).");
        Add("CLOSED", RoundStatus.Closed, "Closed (締切); results not published yet.");
        Add("RESULTS_PUBLISHED", RoundStatus.ResultsPublished, "Results and the city's answers published (結果公表).");
    }
}

using Participation.Consultations.Services;

namespace Participation.Consultations.Exports;

/// <summary>
/// The public export rows: one per published opinion with its group's 考え方 and 反映区分. Built only
/// from <see cref="ResultsService"/>, which redacts, so exports carry no personal data.
/// </summary>
public static class ResultRows
{
    public static readonly string[] Header = ["項目", "意見の要旨", "意見数", "意見（個人情報は伏せています）", "考え方", "反映区分"];

    public static IEnumerable<string[]> Of(RoundResults results)
    {
        foreach (var section in results.Sections)
            foreach (var g in section.Groups)
            {
                var label = section.Heading ?? "全体について";
                var reflection = g.Reflection?.Label(false) ?? "";
                if (g.Opinions.Count == 0) yield return [label, g.Summary, g.Count.ToString(), "", g.Answer ?? "", reflection];
                foreach (var text in g.Opinions) yield return [label, g.Summary, g.Count.ToString(), text, g.Answer ?? "", reflection];
            }
    }
}

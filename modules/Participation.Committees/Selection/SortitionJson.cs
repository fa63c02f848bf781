using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participation.Committees.Selection;

/// <summary>
/// Reads and writes the exchange format of shared/datasets/sortition: an instance
/// (<c>panel_size, household_rule, categories{cat{value{min,max}}}, people[{id, household, cat…}]</c>)
/// and a solution (<c>probabilities, panels[{p, members}]</c>).
/// </summary>
public static class SortitionJson
{
    public static SelectionProblem ReadProblem(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("The instance must be a JSON object.");
        var k = root["panel_size"]?.GetValue<int>() ?? throw new InvalidDataException("panel_size is missing.");
        var household = root["household_rule"]?.GetValue<bool>() ?? false;
        var quotas = new List<Quota>();
        if (root["categories"] is JsonObject categories)
            foreach (var (category, values) in categories)
                foreach (var (value, bounds) in values!.AsObject())
                    quotas.Add(new Quota(category, value, bounds!["min"]!.GetValue<int>(), bounds!["max"]!.GetValue<int>()));
        var people = new List<Volunteer>();
        foreach (var person in root["people"]?.AsArray() ?? throw new InvalidDataException("people is missing."))
        {
            var obj = person!.AsObject();
            var features = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in obj)
                if (key is not ("id" or "household") && value is JsonValue v) features[key] = v.ToString();
            people.Add(new Volunteer(obj["id"]!.ToString(), features, obj["household"]?.ToString()));
        }
        return new SelectionProblem(people, quotas, k, household);
    }

    /// <summary>The solution line: probabilities at full (round-trip) precision.</summary>
    public static string WriteSolution(PanelDistribution d, string method, bool includeLeximin)
    {
        var sb = new StringBuilder();
        sb.Append("{\"method\":\"").Append(method).Append("\",\"seconds\":").Append(Num(d.MaximinSeconds));
        if (includeLeximin && d.LeximinSeconds.HasValue) sb.Append(",\"leximin_seconds\":").Append(Num(d.LeximinSeconds.Value));
        sb.Append(",\"min_probability\":").Append(Num(d.MinProbability));
        sb.Append(",\"upper_bound\":").Append(Num(double.IsFinite(d.UpperBound) ? d.UpperBound : 1));
        sb.Append(",\"exact\":").Append(d.Exact ? "true" : "false");
        sb.Append(",\"gap\":").Append(Num(double.IsFinite(d.Gap) ? d.Gap : 1));
        sb.Append(",\"probabilities\":{");
        for (var i = 0; i < d.Problem.Pool.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(JsonSerializer.Serialize(d.Problem.Pool[i].Id)).Append(':').Append(Num(d.Probabilities[i]));
        }
        sb.Append("},\"panels\":[");
        for (var j = 0; j < d.Panels.Count; j++)
        {
            if (j > 0) sb.Append(',');
            sb.Append("{\"p\":").Append(Num(d.Panels[j].Probability)).Append(",\"members\":[");
            sb.Append(string.Join(',', d.Panels[j].Members.Select(i => JsonSerializer.Serialize(d.Problem.Pool[i].Id))));
            sb.Append("]}");
        }
        sb.Append("]}");
        return sb.ToString();
    }

    /// <summary>Panels of a solution (or of the bench output line) as member ids and probabilities.</summary>
    public static List<(IEnumerable<string> Members, double P)> ReadPanels(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("The distribution must be a JSON object.");
        return (root["panels"]?.AsArray() ?? throw new InvalidDataException("panels is missing."))
            .Select(p => ((IEnumerable<string>)p!["members"]!.AsArray().Select(m => m!.ToString()).ToArray(), p!["p"]!.GetValue<double>()))
            .ToList();
    }

    private static string Num(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}

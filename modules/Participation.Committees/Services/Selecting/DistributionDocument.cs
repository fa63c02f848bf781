using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participation.Committees.Services.Selecting;

/// <summary>
/// The published distribution: one canonical JSON document (anonymised ids, each volunteer's probability, the
/// panels with their probabilities in the canonical order of <see cref="Selection.PublicDraw"/>). Its SHA-256 is the
/// commitment shown before the draw; anyone can download the document and check the hash.
/// </summary>
public static class DistributionDocument
{
    public static string Write(string method, int panelSize, bool household, IEnumerable<(string Id, double P)> probabilities,
        IEnumerable<(string[] Members, double P)> panels, IEnumerable<string>? ranking = null)
    {
        var sb = new StringBuilder();
        sb.Append("{\"method\":").Append(JsonSerializer.Serialize(method))
          .Append(",\"panel_size\":").Append(panelSize.ToString(CultureInfo.InvariantCulture))
          .Append(",\"household_rule\":").Append(household ? "true" : "false")
          .Append(",\"probabilities\":{");
        sb.Append(string.Join(',', probabilities.Select(p => JsonSerializer.Serialize(p.Id) + ":" + Num(p.P))));
        sb.Append("},\"panels\":[");
        sb.Append(string.Join(',', panels.Select(p => "{\"p\":" + Num(p.P) + ",\"members\":[" + string.Join(',', p.Members.Select(m => JsonSerializer.Serialize(m))) + "]}")));
        sb.Append(']');
        if (ranking is not null) sb.Append(",\"ranking\":[").Append(string.Join(',', ranking.Select(r => JsonSerializer.Serialize(r)))).Append(']');
        sb.Append('}');
        return sb.ToString();
    }

    public static string Hash(string document) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document))).ToLowerInvariant();

    public static Dictionary<string, double> Probabilities(string document)
    {
        var root = JsonNode.Parse(document)!.AsObject();
        return root["probabilities"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<double>(), StringComparer.Ordinal);
    }

    public static List<string> Ranking(string document) =>
        JsonNode.Parse(document)!["ranking"]?.AsArray().Select(x => x!.ToString()).ToList() ?? [];

    private static string Num(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}

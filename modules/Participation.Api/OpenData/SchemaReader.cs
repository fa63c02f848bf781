using System.Text.Json;
using GraphQL;
using GraphQL.Types;

namespace Participation.Api.OpenData;

/// <summary>Runs queries against the public schema in the current request's scope and returns the data as JSON.</summary>
public sealed class SchemaReader(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, ISchema schema, IServiceProvider services, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool HasField(string name) => schema.Query.GetField(name) is not null;

    public async Task<JsonElement> QueryAsync(string query, object? variables, CancellationToken ct)
    {
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = services,
            CancellationToken = ct,
        });
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException("Open-data query failed: " + errors[0].Message);
        return JsonDocument.Parse(serializer.Serialize(result)).RootElement.GetProperty("data").Clone();
    }

    /// <summary>Every round (of a status, when given), page by page at the API's largest page size.</summary>
    public async Task<IReadOnlyList<JsonElement>> AllRoundsAsync(string selection, string? status, CancellationToken ct)
    {
        var rounds = new List<JsonElement>();
        string? after = null;
        var filter = status is null ? "" : $"status: {status}, ";
        do
        {
            var data = await QueryAsync($"query($after: String) {{ rounds({filter}first: 100, after: $after) {{ nodes {{ {selection} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after }, ct);
            var page = data.GetProperty("rounds");
            rounds.AddRange(page.GetProperty("nodes").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        } while (after is not null);
        return rounds;
    }
}

/// <summary>Reading cells out of GraphQL JSON.</summary>
internal static class Json
{
    public static string? Str(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;

    public static double? Num(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static JsonElement? Obj(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public static IEnumerable<JsonElement> Arr(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static DateTime? Date(this JsonElement e, string name) =>
        e.Str(name) is { } s && DateTime.TryParse(s, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>The Tokyo date of the latest of the given instants, or today when there is none.</summary>
    public static DateOnly Latest(IEnumerable<DateTime?> instants, DateTime nowUtc)
    {
        var latest = instants.Where(d => d is not null && d <= nowUtc).Max() ?? nowUtc;
        return DateOnly.FromDateTime(Participation.Core.Time.TokyoTime.ToTokyo(latest));
    }
}

using System.Text.Json;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Api;

/// <summary>Walks the public schema by introspection: no field, argument or type may be meant for personal data.</summary>
[Collection(ApiCollection.Name)]
public sealed class SchemaPrivacyTests(ApiSiteFactory factory)
{
    /// <summary>Name prefixes kept for personal data (CHECKS.md); an office's contact is officePhone, officeAddress.</summary>
    private static readonly string[] ReservedPrefixes = ["email", "phone", "tel", "address", "birth", "household", "fullname", "personname", "realname"];

    /// <summary>Types that would hold a person's data.</summary>
    private static readonly string[] PersonalTypeWords = ["contact", "submitter", "applicant", "person", "user", "household", "resident", "account", "nickname"];

    [Fact]
    public async Task No_field_argument_or_type_of_the_schema_carries_personal_data()
    {
        var (_, body) = await factory.CreateClient().GraphQLAsync(IntrospectionQuery.Text, operationName: "IntrospectionQuery");
        var types = body.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => !t.GetProperty("name").GetString()!.StartsWith("__")).ToList();
        var names = new List<(string Where, string Name)>();
        foreach (var type in types)
        {
            var typeName = type.GetProperty("name").GetString()!;
            names.Add(("type", typeName));
            foreach (var field in Items(type, "fields"))
            {
                names.Add(($"{typeName}.field", field.GetProperty("name").GetString()!));
                foreach (var arg in Items(field, "args")) names.Add(($"{typeName}.{field.GetProperty("name").GetString()}.arg", arg.GetProperty("name").GetString()!));
            }
            foreach (var input in Items(type, "inputFields")) names.Add(($"{typeName}.input", input.GetProperty("name").GetString()!));
        }

        var reserved = names.Where(n => n.Where != "type" && ReservedPrefixes.Any(p => n.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(reserved.Count == 0, "Reserved personal field names: " + string.Join(", ", reserved));
        var personal = names.Where(n => n.Where == "type" && PersonalTypeWords.Any(w => n.Name.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(personal.Count == 0, "Types holding personal data: " + string.Join(", ", personal));

        // The walk really saw the schema (and the office's public contact is named as CHECKS.md asks).
        foreach (var expected in new[] { "Round", "RoundConnection", "Draft", "Section", "OpinionGroup", "Reflection", "Committee", "Recruitment", "Plan", "Measure", "Kpi", "KpiActual", "Cluster", "Ward" })
            Assert.Contains(("type", expected), names);
        Assert.Contains(("Ward.field", "officePhone"), names);
        Assert.Contains(("Query.field", "rounds"), names);
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
}

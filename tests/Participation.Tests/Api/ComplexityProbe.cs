using Participation.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Participation.Tests.Api;

public sealed class ComplexityProbe(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        using var f = new ParticipationFactory();
        f.Settings["Participation:Api:MaxComplexity"] = "1";
        var c = f.CreateClient();
        foreach (var q in new[] {
            "{ wards { id } }",
            "{ plans { id title } }",
            "{ plans { id title measures { id title } } }",
            "{ plans { id title measures { id title status progress kpis { name unit baseline target grade } } } }",
            "{ plans { id title measures { id title status progress kpis { name unit baseline target grade actuals { fiscalYear value } } } } }",
            "{ rounds(first: 100) { nodes { id title } } }",
            "{ rounds(first: 100) { totalCount nodes { id title status submissionCount opinionCount department opensAt closesAt ward { name } } } }",
            "{ rounds(first: 100) { nodes { id title department draft { sections { id heading } } opinionGroups { id summary response opinions } } } }",
            "{ committees { id name seats residentSeats members recruitment { opensAt closesAt status applicantCount } } }",
        })
        {
            var (_, body) = await c.GraphQLAsync(q);
            output.WriteLine(q + " => " + body.ToString());
        }
    }
}

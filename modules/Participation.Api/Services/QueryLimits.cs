using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace Participation.Api.Services;

/// <summary>
/// Depth and complexity limits for every operation, introspection included. The one exemption is the
/// pure, named <c>IntrospectionQuery</c> GraphiQL and code generators send (its type references nest
/// deeper than 10): any other field beside it, or any other name, gets no exemption.
/// </summary>
public static class QueryLimits
{
    public const string IntrospectionOperation = "IntrospectionQuery";

    public static void Configure(ComplexityOptions c, ApiOptions options)
    {
        c.MaxDepth = options.MaxDepth;
        c.MaxComplexity = options.MaxComplexity;
        c.ValidateComplexityDelegate = context =>
        {
            if (context.Error is not null && IsPureIntrospection(context.ValidationContext.Operation)) context.Error = null;
            return Task.CompletedTask;
        };
    }

    public static bool IsPureIntrospection(GraphQLOperationDefinition? operation) =>
        operation is { Operation: OperationType.Query }
        && operation.Name?.StringValue == IntrospectionOperation
        && operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue is "__schema" or "__typename");
}

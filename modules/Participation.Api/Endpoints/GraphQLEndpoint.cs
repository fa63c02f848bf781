using System.Diagnostics;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.Services;

namespace Participation.Api.Endpoints;

/// <summary>
/// POST /graphql, written by hand: JSON <c>{query, variables, operationName}</c> in, standard GraphQL
/// JSON out. Anonymous and read-only, so no antiforgery token (there is no cookie-authorised state to
/// forge); limited by the "api" rate policy, the depth and complexity rules, and a timeout.
/// </summary>
public static class GraphQLEndpoint
{
    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/graphql", ExecuteAsync)
            .RequireRateLimiting("api")
            .DisableAntiforgery()
            .WithName("Api.GraphQL");

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        IOptions<ApiOptions> options, IStringLocalizer t)
    {
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            await GraphQLErrors.WriteAsync(http, 400, t["Api.GraphQL.Error.Json"], "INVALID_JSON");
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await GraphQLErrors.WriteAsync(http, 400, t["Api.GraphQL.Error.NoQuery"], "QUERY_MISSING");
            return;
        }

        var limit = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limit);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Variables = request.Variables,
                OperationName = request.OperationName,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await GraphQLErrors.WriteAsync(http, 504, t["Api.GraphQL.Error.Timeout", options.Value.TimeoutSeconds], "TIMEOUT");
            return;
        }
        // A result that took the whole limit is not returned, even when it finished before the timer fired.
        if ((timeout.IsCancellationRequested || Stopwatch.GetElapsedTime(started) >= limit) && !http.RequestAborted.IsCancellationRequested)
        {
            await GraphQLErrors.WriteAsync(http, 504, t["Api.GraphQL.Error.Timeout", options.Value.TimeoutSeconds], "TIMEOUT");
            return;
        }
        http.Response.StatusCode = result.Executed ? 200 : 400;
        http.Response.ContentType = GraphQLErrors.ContentType(http);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}

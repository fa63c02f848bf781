using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Participation.Api.Endpoints;

/// <summary>Errors the endpoint raises before GraphQL runs, in the same shape GraphQL uses: <c>{"errors":[{message, extensions:{code}}]}</c>.</summary>
internal static class GraphQLErrors
{
    private const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The GraphQL-over-HTTP media type when the client asks for it, plain JSON otherwise.</summary>
    public static string ContentType(HttpContext http) =>
        (http.Request.Headers.Accept.ToString().Contains(GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? GraphQLResponse : "application/json")
        + "; charset=utf-8";

    public static async Task WriteAsync(HttpContext http, int status, string message, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType(http);
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, JsonSerializerOptions.Web, http.RequestAborted);
    }
}

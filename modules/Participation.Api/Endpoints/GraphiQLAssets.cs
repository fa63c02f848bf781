using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Participation.Api.Endpoints;

/// <summary>
/// GraphiQL and React from npm (assets/package.json), embedded in this module at build time and served
/// from /graphql/assets/… — never from a CDN, so the page works offline and under the site's CSP.
/// </summary>
public static class GraphiQLAssets
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["react.production.min.js"] = "text/javascript",
        ["react-dom.production.min.js"] = "text/javascript",
        ["graphiql.min.js"] = "text/javascript",
        ["graphiql.min.css"] = "text/css",
    };

    public static bool Available => typeof(GraphiQLAssets).Assembly.GetManifestResourceNames().Contains("graphiql/graphiql.min.js");

    public static void MapGraphiQLAssets(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/graphql/assets/{file}", (string file, HttpContext http) =>
        {
            if (!Files.TryGetValue(file, out var type)) return Results.NotFound();
            var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream("graphiql/" + file);
            if (stream is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Stream(stream, type + "; charset=utf-8");
        }).WithName("Api.GraphiQLAssets");
}

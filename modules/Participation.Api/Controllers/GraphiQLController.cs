using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Participation.Api.Endpoints;
using Participation.Api.Services;

namespace Participation.Api.Controllers;

/// <summary>GET /graphql: what the API offers, and GraphiQL to try it (local assets; the text works without JavaScript).</summary>
public sealed class GraphiQLController(IOptions<ApiOptions> options) : Controller
{
    [HttpGet("/graphql")]
    public IActionResult Index() => View(new GraphiQLPage(GraphiQLAssets.Available, options.Value));
}

public sealed record GraphiQLPage(bool AssetsAvailable, ApiOptions Options);

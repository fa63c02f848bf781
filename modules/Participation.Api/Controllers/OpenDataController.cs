using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Api.OpenData;
using Participation.Api.Services;

namespace Participation.Api.Controllers;

/// <summary>/opendata: the datasets, each as CSV and JSON, with licence and last-updated date.</summary>
public sealed class OpenDataController(OpenDataCatalog catalog, IOptions<ApiOptions> options, IStringLocalizer t) : Controller
{
    [HttpGet("/opendata")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var items = new List<OpenDataItem>();
        foreach (var dataset in catalog.Available)
        {
            var rows = await catalog.RowsAsync(dataset, ct);
            items.Add(new OpenDataItem(dataset.Key, rows.Rows.Count, rows.LastUpdated));
        }
        return View(new OpenDataPage(items, options.Value));
    }

    [HttpGet("/opendata/{dataset}.csv"), EnableRateLimiting("api")]
    public async Task<IActionResult> Csv(string dataset, CancellationToken ct)
    {
        if (catalog.Find(dataset) is not { } found) return NotFound();
        return File(DatasetFiles.Csv(found, await catalog.RowsAsync(found, ct)), "text/csv; charset=utf-8", $"{found.Key}.csv");
    }

    [HttpGet("/opendata/{dataset}.json"), EnableRateLimiting("api")]
    public async Task<IActionResult> Json(string dataset, CancellationToken ct)
    {
        if (catalog.Find(dataset) is not { } found) return NotFound();
        var title = t[$"Api.OpenData.{found.Key}.Title"].Value;
        return File(DatasetFiles.Json(found, title, await catalog.RowsAsync(found, ct), options.Value), "application/json; charset=utf-8", $"{found.Key}.json");
    }
}

public sealed record OpenDataItem(string Key, int RowCount, DateOnly LastUpdated);

public sealed record OpenDataPage(IReadOnlyList<OpenDataItem> Datasets, ApiOptions Options);

using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Participation.Core;
using Participation.Core.Modules;
using Participation.Core.Time;

namespace Participation.Web.Controllers;

public sealed class HomeController(IOptions<ParticipationOptions> options, ModuleCatalog modules, TimeProvider clock) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() =>
        View(new HomeViewModel(options.Value.CityName, options.Value.CityNameEn, modules, TokyoTime.Today(clock)));

    [HttpGet("/ping")]
    public ContentResult Ping() => Content("pong", "text/plain");
}

public sealed record HomeViewModel(string CityName, string CityNameEn, ModuleCatalog Modules, DateOnly Today);

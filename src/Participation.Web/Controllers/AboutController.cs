using Microsoft.AspNetCore.Mvc;

namespace Participation.Web.Controllers;

[Route("/about")]
public sealed class AboutController : Controller
{
    [HttpGet("privacy")]
    public IActionResult Privacy() => View();

    [HttpGet("accessibility")]
    public IActionResult Accessibility() => View();
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Core.Identity;
using Participation.Core.Navigation;

namespace Participation.Web.Controllers;

/// <summary>The staff start page: every task the enabled modules offer this person's roles.</summary>
[Authorize(Roles = $"{Roles.WardStaff},{Roles.Secretariat},{Roles.Administrator},{Roles.Councillor}")]
public sealed class StaffController(IEnumerable<StaffLink> links) : Controller
{
    [HttpGet("/staff")]
    public IActionResult Index() =>
        View(links.Where(l => l.Roles.Length == 0 || l.Roles.Any(User.IsInRole)).ToList());
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Accounts.Controllers;

/// <summary>Administrators manage users (roles, ward) and the city's wards.</summary>
[Route("/admin"), Authorize(Policy = Permissions.ManageUsers)]
public sealed class AdminController(UserManager<AppUser> users, ParticipationDbContext db, IAuditLog audit, IStringLocalizer t) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public IActionResult Index() => RedirectToAction(nameof(Users));

    [HttpGet("users")]
    public async Task<IActionResult> Users(string? q, int page = 1, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(u => u.Email!.Contains(q) || u.DisplayName!.Contains(q));
        var total = await query.CountAsync(ct);
        page = Math.Max(1, page);
        var list = await query.OrderBy(u => u.Email).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var ids = list.Select(u => u.Id).ToList();
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var wards = await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ToListAsync(ct);
        var rows = list.Select(u => new AdminUserRow(u.Id, u.Email ?? "", u.DisplayName ?? "", u.WardId,
            roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), u.LockoutEnd > DateTimeOffset.UtcNow)).ToList();
        return View(new AdminUsersViewModel(rows, wards, q, page, (total + PageSize - 1) / PageSize));
    }

    [HttpPost("users/{id}")]
    public async Task<IActionResult> UpdateUser(string id, [FromForm] string[] roles, [FromForm] int? wardId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var wanted = roles.Where(Roles.All.Contains).ToHashSet();
        if (wanted.Contains(Roles.WardStaff) && wardId is null)
        {
            TempData["Flash"] = t["Admin.Users.WardRequired"].Value;
            return RedirectToAction(nameof(Users));
        }
        if (user.Id == users.GetUserId(User) && !wanted.Contains(Roles.Administrator))
        {
            TempData["Flash"] = t["Admin.Users.KeepOwnAdmin"].Value;
            return RedirectToAction(nameof(Users));
        }
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        user.WardId = wardId is not null && await db.Set<Ward>().AnyAsync(w => w.Id == wardId, ct) ? wardId : null;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);   // signs the person out everywhere so new roles take effect
        audit.Record("user.roles-changed", "user", user.Id, $"roles={string.Join(',', wanted.Order())};ward={user.WardId}");
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Admin.Saved"].Value;
        return RedirectToAction(nameof(Users));
    }

    [HttpGet("wards"), Authorize(Policy = Permissions.ManageWards)]
    public async Task<IActionResult> Wards(CancellationToken ct) =>
        View(await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ToListAsync(ct));

    [HttpPost("wards"), Authorize(Policy = Permissions.ManageWards)]
    public async Task<IActionResult> AddWard([FromForm] string? name, [FromForm] string? nameEn, CancellationToken ct)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            TempData["Flash"] = t["Admin.Wards.NameRequired"].Value;
            return RedirectToAction(nameof(Wards));
        }
        if (await db.Set<Ward>().AnyAsync(w => w.Name == name, ct))
        {
            TempData["Flash"] = t["Admin.Wards.Duplicate"].Value;
            return RedirectToAction(nameof(Wards));
        }
        var city = await db.Set<City>().FirstOrDefaultAsync(ct);
        if (city is null) { city = new City { Name = "City" }; db.Add(city); await db.SaveChangesAsync(ct); }
        var order = await db.Set<Ward>().Select(w => (int?)w.SortOrder).MaxAsync(ct) ?? -1;
        var ward = new Ward { CityId = city.Id, Name = name, NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(), SortOrder = order + 1 };
        db.Add(ward);
        await db.SaveChangesAsync(ct);
        audit.Record("ward.created", "ward", ward.Id);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Admin.Saved"].Value;
        return RedirectToAction(nameof(Wards));
    }
}

public sealed record AdminUserRow(string Id, string Email, string DisplayName, int? WardId, IReadOnlyList<string> Roles, bool LockedOut);
public sealed record AdminUsersViewModel(IReadOnlyList<AdminUserRow> Users, IReadOnlyList<Ward> Wards, string? Query, int Page, int Pages);

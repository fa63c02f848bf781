using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Participation.Accounts.Services;
using Participation.Accounts.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Accounts.Controllers;

/// <summary>
/// Personal data rights: see and download everything held about me (JSON, CSV), correct my profile,
/// delete my account. Every step is audited with the user id only.
/// </summary>
[Authorize, Route("/me/data")]
public sealed class MyDataController(UserManager<AppUser> users, SignInManager<AppUser> signIn, PersonalDataService data,
    IAuditLog audit, ParticipationDbContext db, IStringLocalizer t, IDataProtectionProvider protection) : Controller
{
    private ITimeLimitedDataProtector Tickets => protection.CreateProtector("Participation.Accounts.DeleteAccount").ToTimeLimitedDataProtector();

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        return View(await ModelAsync(user, new ProfileInput { DisplayName = user.DisplayName ?? "", PreferredCulture = user.PreferredCulture }, ct));
    }

    [HttpGet("export.json")]
    public Task<IActionResult> ExportJson(CancellationToken ct) => ExportAsync("json", ct);

    [HttpGet("export.csv")]
    public Task<IActionResult> ExportCsv(CancellationToken ct) => ExportAsync("csv", ct);

    private async Task<IActionResult> ExportAsync(string format, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var sections = await data.ExportAsync(user.Id, ct);
        audit.Record("user.data-exported", "user", user.Id, $"format={format}");
        await db.SaveChangesAsync(ct);
        var name = $"my-data-{DateTime.UtcNow:yyyyMMdd}.{format}";
        return format == "json"
            ? File(data.ToJson(sections), "application/json; charset=utf-8", name)
            : File(PersonalDataService.ToCsv(sections), "text/csv; charset=utf-8", name);
    }

    [HttpPost("profile")]
    public async Task<IActionResult> Profile([Bind(Prefix = "Profile")] ProfileInput input, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid)
        {
            Response.StatusCode = 422;
            return View("Index", await ModelAsync(user, input, ct));
        }
        var changed = new List<string>();
        if (user.DisplayName != input.DisplayName.Trim()) { user.DisplayName = input.DisplayName.Trim(); changed.Add("display_name"); }
        if (user.PreferredCulture != input.PreferredCulture) { user.PreferredCulture = input.PreferredCulture; changed.Add("preferred_language"); }
        if (changed.Count > 0)
        {
            // Field names only: the new values are personal data.
            audit.Record("user.profile-corrected", "user", user.Id, "fields=" + string.Join(',', changed));
            await users.UpdateAsync(user);
        }
        TempData["Flash"] = t["MyData.Profile.Saved"].Value;
        return Redirect("/me/data");
    }

    [HttpGet("delete")]
    public IActionResult Delete() => View(new DeleteAccountInput());

    /// <summary>Step 1: the password proves it is really the person; step 2 shows what will happen.</summary>
    [HttpPost("delete"), EnableRateLimiting("signin")]
    public async Task<IActionResult> Delete(DeleteAccountInput input, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (ModelState.IsValid && !await users.CheckPasswordAsync(user, input.Password))
        {
            audit.Record("user.erase-refused", "user", user.Id, "reason=password");
            await db.SaveChangesAsync(ct);
            ModelState.AddModelError(nameof(input.Password), t["MyData.Delete.WrongPassword"]);
        }
        if (!ModelState.IsValid)
        {
            input.Password = "";
            Response.StatusCode = 422;
            return View(input);
        }
        return View("DeleteConfirm", new DeleteConfirmInput { Ticket = Tickets.Protect(user.Id, TimeSpan.FromMinutes(10)) });
    }

    [HttpPost("delete/confirm")]
    public async Task<IActionResult> DeleteConfirm(DeleteConfirmInput input, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        string? ticketUser;
        try { ticketUser = Tickets.Unprotect(input.Ticket); }
        catch (System.Security.Cryptography.CryptographicException) { ticketUser = null; }
        if (ticketUser != user.Id)
        {
            ModelState.AddModelError("", t["MyData.Delete.Expired"]);
            Response.StatusCode = 422;
            return View("Delete", new DeleteAccountInput());
        }
        if (!await data.EraseAsync(user, ct)) return StatusCode(500);
        await signIn.SignOutAsync();
        return Redirect("/me/data/deleted");
    }

    [HttpGet("deleted"), AllowAnonymous]
    public IActionResult Deleted() => View();

    private async Task<MyDataViewModel> ModelAsync(AppUser user, ProfileInput profile, CancellationToken ct) =>
        new(profile, user.Email ?? "", await data.ExportAsync(user.Id, ct));
}

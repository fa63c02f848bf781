using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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

/// <summary>Registration with e-mail confirmation, sign-in with lockout, sign-out and password reset.</summary>
[Route("/account")]
public sealed class AccountController(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountMails mails,
    IAuditLog audit, ParticipationDbContext db, IStringLocalizer t) : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterInput());

    [HttpPost("register"), EnableRateLimiting("register")]
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(input);
        var user = new AppUser { UserName = input.Email.Trim(), Email = input.Email.Trim(), DisplayName = input.DisplayName.Trim(),
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en") ? "en" : "ja" };
        var result = await users.CreateAsync(user, input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.Contains("Password") ? nameof(input.Password) : nameof(input.Email), error.Description);
            return View(input);
        }
        await users.AddToRoleAsync(user, Roles.Resident);
        audit.Record("user.registered", "user", user.Id);
        await db.SaveChangesAsync(ct);
        await mails.SendConfirmationAsync(user, ct);
        return RedirectToAction(nameof(RegisterDone));
    }

    [HttpGet("register/done")]
    public IActionResult RegisterDone() => View();

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code, CancellationToken ct)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var token = code is null ? null : AccountMails.Decode(code);
        var ok = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (ok)
        {
            audit.Record("user.email-confirmed", "user", user!.Id);
            await db.SaveChangesAsync(ct);
        }
        return View(ok);
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login"), EnableRateLimiting("signin")]
    public async Task<IActionResult> Login(LoginInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(input);
        var user = await users.FindByEmailAsync(input.Email.Trim());
        if (user is not null && !user.EmailConfirmed && await users.CheckPasswordAsync(user, input.Password))
        {
            ModelState.AddModelError("", t["Account.NotConfirmed"]);
            return View(input);
        }
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            audit.Record("user.signed-in", "user", user!.Id);
            await db.SaveChangesAsync(ct);
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl! : "/me");
        }
        ModelState.AddModelError("", result.IsLockedOut ? t["Account.LockedOut"] : t["Account.LoginFailed"]);
        input.Password = "";
        return View(input);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordInput());

    [HttpPost("forgot-password"), EnableRateLimiting("signin")]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(input);
        var user = await users.FindByEmailAsync(input.Email.Trim());
        // The same answer whether or not the address is registered: nothing to learn by probing.
        if (user is not null && user.EmailConfirmed) await mails.SendPasswordResetAsync(user, ct);
        return View("ForgotPasswordDone");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code) =>
        userId is null || code is null ? View("ResetPasswordInvalid") : View(new ResetPasswordInput { UserId = userId, Code = code });

    [HttpPost("reset-password"), EnableRateLimiting("signin")]
    public async Task<IActionResult> ResetPassword(ResetPasswordInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(input);
        var user = await users.FindByIdAsync(input.UserId);
        var token = AccountMails.Decode(input.Code);
        if (user is null || token is null) return View("ResetPasswordInvalid");
        var result = await users.ResetPasswordAsync(user, token, input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(nameof(input.Password), error.Description);
            return View(input);
        }
        await users.SetLockoutEndDateAsync(user, null);
        audit.Record("user.password-reset", "user", user.Id);
        await db.SaveChangesAsync(ct);
        return View("ResetPasswordDone");
    }
}

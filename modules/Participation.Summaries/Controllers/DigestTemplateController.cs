using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Core.Identity;
using Participation.Summaries.Models;
using Participation.Summaries.Reports;
using Participation.Summaries.Services;

namespace Participation.Summaries.Controllers;

/// <summary>
/// Staff (議会事務局 or administrators) edit the digest's Liquid text for the current language, preview it
/// with sample figures, and save only a template that renders. A broken one gets a localised message and
/// the typed text back.
/// </summary>
[Route("/summaries/digest/template"), Authorize(Policy = Permissions.EditDigestTemplates)]
public sealed class DigestTemplateController(DigestTemplates templates, DigestRenderer renderer, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        var (subject, body) = await templates.CurrentAsync(ct);
        return View(new DigestTemplateViewModel(subject, body, null, null, TempData["Saved"] is not null));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Post(string? subject, string? body, string? action, CancellationToken ct)
    {
        subject ??= "";
        body ??= "";
        if (subject.Trim().Length == 0) ModelState.AddModelError("subject", t["Validation.Required", t["Digest.Template.Subject"]]);
        if (body.Trim().Length == 0) ModelState.AddModelError("body", t["Validation.Required", t["Digest.Template.Body"]]);
        if (subject.Length > DigestLimits.Subject) ModelState.AddModelError("subject", t["Digest.Template.TooLong", DigestLimits.Subject]);
        if (body.Length > DigestLimits.Body) ModelState.AddModelError("body", t["Digest.Template.TooLong", DigestLimits.Body]);
        var sample = DigestContent.Sample(new ReportLabels(t));
        var renderedSubject = renderer.Render(subject, sample);
        var renderedBody = renderer.Render(body, sample);
        if (renderedSubject.Error is { } se) ModelState.AddModelError("subject", t["Digest.Template.Invalid", se]);
        if (renderedBody.Error is { } be) ModelState.AddModelError("body", t["Digest.Template.Invalid", be]);
        if (!ModelState.IsValid || action == "preview")
            return View("Edit", new DigestTemplateViewModel(subject, body, renderedSubject.Text, renderedBody.Text, false));

        await templates.SaveAsync(DigestTemplates.CultureKey(CultureInfo.CurrentUICulture), subject, body, User.UserId(), ct);
        TempData["Saved"] = true;
        return Redirect("/summaries/digest/template");
    }
}

public sealed record DigestTemplateViewModel(string Subject, string Body, string? PreviewSubject, string? PreviewBody, bool Saved);

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.Services.Documents;
using Participation.Committees.ViewModels;
using Participation.Core.Data;
using Participation.Core.Files;
using Participation.Core.Time;

namespace Participation.Committees.Controllers;

/// <summary>Minutes and materials of a committee with their PDF and image files: the secretariat writes, publishes and removes files.</summary>
[CommitteeScope]
[Route("/staff/committees/{id:int}/documents"), Authorize(Policy = Permissions.Manage)]
public sealed class SecretariatDocumentsController(ParticipationDbContext db, DocumentEditor editor, FileStore store, IStringLocalizer t,
    TimeProvider clock) : Controller
{
    private const string FormView = "~/Views/Secretariat/Document.cshtml";
    private const long RequestLimit = 120 * 1024 * 1024;

    [HttpGet("new")]
    public async Task<IActionResult> New(int id, CancellationToken ct)
    {
        var committee = await db.Set<Committee>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (committee is null) return NotFound();
        var input = new DocumentInput { HeldOn = TokyoTime.Today(clock).ToString("yyyy-MM-dd"), FormKey = Guid.NewGuid().ToString("N") };
        return View(FormView, new DocumentFormPage(committee, null, input, []));
    }

    [HttpPost("new"), RequestSizeLimit(RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Create(int id, [Bind(Prefix = "Input")] DocumentInput input, [FromForm(Name = "Files")] List<IFormFile>? files, CancellationToken ct)
    {
        var committee = await db.Set<Committee>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (committee is null) return NotFound();
        var (outcome, document) = await editor.SaveAsync(id, null, input, files ?? [], ModelState, ct);
        if (outcome is DocumentEditor.Outcome.Saved or DocumentEditor.Outcome.AlreadyCreated)
        {
            TempData["Flash"] = t[outcome == DocumentEditor.Outcome.Saved ? "Secretariat.Documents.Created" : "Secretariat.Documents.AlreadyCreated"].Value;
            return Redirect($"/staff/committees/{id}/documents/{document!.Id}");
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(FormView, new DocumentFormPage(committee, null, input, []));
    }

    [HttpGet("{docId:int}")]
    public async Task<IActionResult> Edit(int id, int docId, CancellationToken ct)
    {
        var (committee, document) = await LoadAsync(id, docId, ct);
        if (document is null) return NotFound();
        var input = new DocumentInput
        {
            Kind = document.Kind, Title = document.Title, HeldOn = DateOnly.FromDateTime(TokyoTime.ToTokyo(document.HeldOnUtc)).ToString("yyyy-MM-dd"),
            Summary = document.Markdown, IsPublished = document.IsPublished, Version = document.Version,
        };
        return View(FormView, new DocumentFormPage(committee!, document, input, Files(document)));
    }

    [HttpPost("{docId:int}"), RequestSizeLimit(RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Save(int id, int docId, [Bind(Prefix = "Input")] DocumentInput input, [FromForm(Name = "Files")] List<IFormFile>? files, CancellationToken ct)
    {
        var (committee, document) = await LoadAsync(id, docId, ct);
        if (document is null) return NotFound();
        var (outcome, _) = await editor.SaveAsync(id, document, input, files ?? [], ModelState, ct);
        if (outcome == DocumentEditor.Outcome.Saved)
        {
            TempData["Flash"] = t["Secretariat.Documents.Saved"].Value;
            return Redirect($"/staff/committees/{id}/documents/{docId}");
        }
        if (outcome == DocumentEditor.Outcome.Conflict)
        {
            // Keep what the person typed; the form now carries the current version, so saving again overwrites knowingly.
            (_, document) = await LoadAsync(id, docId, ct);
            if (document is null) return NotFound();
            ModelState.Remove("Input.Version");
            input.Version = document.Version;
            ModelState.AddModelError("", t["Secretariat.Documents.Conflict"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(FormView, new DocumentFormPage(committee!, document, input, Files(document)));
    }

    [HttpGet("{docId:int}/files/{fileId:int}")]
    public async Task<IActionResult> Download(int id, int docId, int fileId, CancellationToken ct)
    {
        var file = await db.Set<CommitteeDocumentFile>().AsNoTracking()
            .Where(f => f.Id == fileId && f.DocumentId == docId && db.Set<CommitteeDocument>().Any(d => d.Id == docId && d.CommitteeId == id))
            .FirstOrDefaultAsync(ct);
        if (file is null || store.OpenRead(file.StoredPath) is not { } stream) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        DownloadHeaders.ApplyImagesInline(Response, file.FileName, file.ContentType);
        return File(stream, file.ContentType);
    }

    [HttpPost("{docId:int}/files/{fileId:int}/delete")]
    public async Task<IActionResult> DeleteFile(int id, int docId, int fileId, CancellationToken ct)
    {
        var (_, document) = await LoadAsync(id, docId, ct);
        if (document is null || !await editor.RemoveFileAsync(document, fileId, ct)) return NotFound();
        TempData["Flash"] = t["Secretariat.Documents.FileDeleted"].Value;
        return Redirect($"/staff/committees/{id}/documents/{docId}#files");
    }

    [HttpGet("{docId:int}/delete")]
    public async Task<IActionResult> ConfirmDelete(int id, int docId, CancellationToken ct)
    {
        var (committee, document) = await LoadAsync(id, docId, ct);
        if (document is null) return NotFound();
        var explanation = t["Secretariat.Documents.DeleteText", document.Files.Count].Value
            + (document.IsPublished ? " " + t["Secretariat.Documents.DeletePublished"].Value : "");
        return View("~/Views/Secretariat/ConfirmDelete.cshtml", new ConfirmDeletePage(committee!, t["Secretariat.Documents.DeleteTitle"],
            document.Title, explanation, $"/staff/committees/{id}/documents/{docId}/delete", $"/staff/committees/{id}/documents/{docId}"));
    }

    /// <summary>Deletes the document, its file rows and stored files. Sent twice, the second finds nothing and says so.</summary>
    [HttpPost("{docId:int}/delete")]
    public async Task<IActionResult> Delete(int id, int docId, CancellationToken ct)
    {
        var (committee, document) = await LoadAsync(id, docId, ct);
        if (committee is null) return NotFound();
        var deleted = document is not null && await editor.DeleteAsync(document, ct);
        TempData["Flash"] = t[deleted ? "Secretariat.Documents.Deleted" : "Secretariat.Documents.AlreadyDeleted"].Value;
        return Redirect($"/staff/committees/{id}#documents");
    }

    private async Task<(Committee?, CommitteeDocument?)> LoadAsync(int id, int docId, CancellationToken ct)
    {
        var committee = await db.Set<Committee>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (committee is null) return (null, null);
        var document = await db.Set<CommitteeDocument>().Include(d => d.Files).FirstOrDefaultAsync(d => d.Id == docId && d.CommitteeId == id, ct);
        return (committee, document);
    }

    private static IReadOnlyList<CommitteeDocumentFile> Files(CommitteeDocument document) => document.Files.OrderBy(f => f.Id).ToList();
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Files;
using Participation.Core.Time;

namespace Participation.Committees.Services.Documents;

/// <summary>
/// The secretariat's writes on minutes and materials. Fields and files are all checked before anything is stored;
/// an edit from an older form is refused (version), the same create form sent twice makes one record (form key),
/// and every change is audited with ids and counts only — titles, texts and file names may name people.
/// </summary>
public sealed class DocumentEditor(ParticipationDbContext db, UploadCleaner uploads, FileStore store, IAuditLog audit,
    TimeProvider clock, IStringLocalizer t)
{
    public const int MaxFiles = 20;
    private const string Area = "committees";

    public enum Outcome { Saved, Invalid, Conflict, AlreadyCreated }

    /// <summary>Creates (<paramref name="document"/> null) or updates a document with its new files.</summary>
    public async Task<(Outcome Outcome, CommitteeDocument? Document)> SaveAsync(int committeeId, CommitteeDocument? document, DocumentInput input,
        IReadOnlyList<IFormFile> files, ModelStateDictionary errors, CancellationToken ct)
    {
        if (document is null && await FindByFormKeyAsync(committeeId, input.FormKey, ct) is { } earlier) return (Outcome.AlreadyCreated, earlier);
        var day = ParseDay(input.HeldOn);
        if (!string.IsNullOrWhiteSpace(input.HeldOn) && day is null) errors.AddModelError("Input.HeldOn", t["Secretariat.Documents.BadDate"]);
        if (!Enum.IsDefined(input.Kind)) errors.AddModelError("Input.Kind", t["Secretariat.Documents.BadKind"]);
        var clean = await CleanAsync(files, document?.Files.Count ?? 0, errors, ct);
        if (!errors.IsValid) return (Outcome.Invalid, document);
        if (document is not null && document.Version != input.Version) return (Outcome.Conflict, document);

        var now = clock.GetUtcNow().UtcDateTime;
        var isNew = document is null;
        var wasPublished = document?.IsPublished ?? false;
        document ??= db.Add(new CommitteeDocument { CommitteeId = committeeId, FormKey = Key(input.FormKey), CreatedAtUtc = now }).Entity;
        if (!isNew) document.Version = input.Version + 1;
        document.Kind = input.Kind;
        document.Title = input.Title!.Trim();
        document.HeldOnUtc = TokyoTime.StartOfDay(day!.Value);
        document.Markdown = input.Summary?.Replace("\r\n", "\n").Trim() ?? "";
        document.IsPublished = input.IsPublished;
        if (input.IsPublished && !wasPublished) document.PublishedAtUtc = now;
        document.UpdatedAtUtc = now;

        var stored = new List<StoredUpload>();
        foreach (var file in clean)
        {
            var saved = await uploads.SaveAsync(Area, file, ct);
            stored.Add(saved);
            document.Files.Add(new CommitteeDocumentFile
            {
                FileName = saved.FileName, ContentType = saved.ContentType, StoredPath = saved.StoredPath, Size = saved.Size, UploadedAtUtc = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
            var id = document.Id.ToString(CultureInfo.InvariantCulture);
            audit.Record(isNew ? "committee.document.created" : "committee.document.edited", "committee_document", id,
                $"committee={committeeId} kind={document.Kind} files_added={stored.Count}");
            if (input.IsPublished != wasPublished)
                audit.Record(input.IsPublished ? "committee.document.published" : "committee.document.unpublished", "committee_document", id, $"committee={committeeId}");
            await db.SaveChangesAsync(ct);
            return (Outcome.Saved, document);
        }
        catch (DbUpdateException e)
        {
            // Nothing was saved: the files written for it go too.
            foreach (var file in stored) store.Delete(file.StoredPath);
            db.ChangeTracker.Clear();
            if (e is DbUpdateConcurrencyException) return (Outcome.Conflict, document);
            // The same create form won a race in another request (unique form key).
            if (isNew && await FindByFormKeyAsync(committeeId, input.FormKey, ct) is { } other) return (Outcome.AlreadyCreated, other);
            throw;
        }
    }

    /// <summary>Removes one file of a document, and its stored bytes.</summary>
    public async Task<bool> RemoveFileAsync(CommitteeDocument document, int fileId, CancellationToken ct)
    {
        var file = await db.Set<CommitteeDocumentFile>().FirstOrDefaultAsync(f => f.DocumentId == document.Id && f.Id == fileId, ct);
        if (file is null) return false;
        db.Remove(file);
        document.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("committee.document.file-deleted", "committee_document", document.Id.ToString(CultureInfo.InvariantCulture),
            $"committee={document.CommitteeId} file={fileId}");
        await db.SaveChangesAsync(ct);
        store.Delete(file.StoredPath);
        return true;
    }

    /// <summary>
    /// Deletes a document with its file rows, then the stored bytes (only once the rows are gone, so nothing points
    /// at a missing file). False when another request deleted it first.
    /// </summary>
    public async Task<bool> DeleteAsync(CommitteeDocument document, CancellationToken ct)
    {
        var paths = document.Files.Select(f => f.StoredPath).ToList();
        db.RemoveRange(document.Files);
        db.Remove(document);
        audit.Record("committee.document.deleted", "committee_document", document.Id.ToString(CultureInfo.InvariantCulture),
            $"committee={document.CommitteeId} kind={document.Kind} was_published={(document.IsPublished ? "yes" : "no")} files_deleted={paths.Count}");
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        foreach (var path in paths) store.Delete(path);
        return true;
    }

    /// <summary>Every file checked and cleaned in memory; errors name the file so the person knows which to choose again.</summary>
    private async Task<List<CleanUpload>> CleanAsync(IReadOnlyList<IFormFile> files, int existing, ModelStateDictionary errors, CancellationToken ct)
    {
        var chosen = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (existing + chosen.Count > MaxFiles)
        {
            errors.AddModelError("Files", t["Secretariat.Documents.TooManyFiles", MaxFiles]);
            return [];
        }
        var clean = new List<CleanUpload>();
        foreach (var file in chosen)
        {
            var (ok, check) = await uploads.CleanAsync(file, ct);
            if (ok is not null) { clean.Add(ok); continue; }
            var reason = check.ErrorArgument is null ? t[check.ErrorKey!] : t[check.ErrorKey!, check.ErrorArgument];
            errors.AddModelError("Files", t["Secretariat.Documents.FileRefused", Path.GetFileName(file.FileName), reason]);
        }
        return clean;
    }

    private async Task<CommitteeDocument?> FindByFormKeyAsync(int committeeId, string? formKey, CancellationToken ct) =>
        Key(formKey) is { } key
            ? await db.Set<CommitteeDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.CommitteeId == committeeId && d.FormKey == key, ct)
            : null;

    private static string? Key(string? formKey) =>
        formKey is { Length: > 0 and <= 64 } k && k.All(char.IsAsciiLetterOrDigit) ? k : null;

    private static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Normalize(System.Text.NormalizationForm.FormKC).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year is >= 1900 and <= 2200 ? d : null;
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Committees.Services;
using Participation.Committees.Services.Importing;
using Participation.Committees.ViewModels;
using Participation.Core.Text;

namespace Participation.Committees.Controllers;

/// <summary>Upload of the random-invitation pool (CSV in UTF-8 or Shift_JIS, or XLSX) with a row-level error report.</summary>
[CommitteeScope]
[Route("/staff/recruitments/{rid:int}/import"), Authorize(Policy = Permissions.Manage)]
public sealed class SecretariatImportController(RecruitmentLookup lookup, PoolImporter importer, IStringLocalizer t) : Controller
{
    private const long MaxUpload = 5 * 1024 * 1024;
    private const string View_ = "~/Views/Secretariat/Import.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(int rid, CancellationToken ct) =>
        await lookup.FindAsync(rid, ct) is var (c, r) ? View(View_, new ImportPage(c, r, null)) : NotFound();

    [HttpGet("template.csv")]
    public IActionResult Template(int rid) =>
        File(Csv.ToBytes([PoolImporter.Template, ["中央 花子", "hanako@example.jp", "34", "女性", "中央区", "会社員", "H001"]]), "text/csv; charset=utf-8", "pool-template.csv");

    [HttpPost(""), RequestSizeLimit(MaxUpload)]
    public async Task<IActionResult> Upload(int rid, IFormFile? file, CancellationToken ct)
    {
        if (await lookup.FindAsync(rid, ct) is not var (committee, recruitment)) return NotFound();
        PoolImportResult result;
        if (file is null || file.Length == 0)
            result = new PoolImportResult(0, [new ImportRowError(0, "-", t["Secretariat.Import.NoFile"])]);
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                result = await importer.ImportAsync(recruitment, SheetReader.Read(stream, file.FileName), ct);
            }
            catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or ArgumentException)
            {
                result = new PoolImportResult(0, [new ImportRowError(0, "-", t["Secretariat.Import.Unreadable"])]);
            }
        }
        return View(View_, new ImportPage(committee, recruitment, result));
    }
}
